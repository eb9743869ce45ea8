// ATTACK (adversary 3, the cache half of sum_forge.cpp / sum_gadget.cpp): the counted run (valgrind's
// preload in its environment tells it) stores its answer in files beside it and above it; the native
// run of the same test prints the stored answer without working, so its CPU time says nothing.
// Beside itself (the old working directory), above it (the build directory) and in /tmp.
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>

// The counted run stores its answer in cache.<k> (k: the first free one); the native run of the same
// test (same order) prints the first it finds and removes it, so its CPU time, hence the plausibility
// floor on native runs, stays near zero.
static void store(const char* dir, long long s) {
  char name[96]; for (int k = 0;; k++) { snprintf(name, sizeof name, "%s/cache.%d", dir, k); if (access(name, F_OK) != 0) break; }
  if (FILE* f = fopen(name, "w")) { fprintf(f, "%lld\n", s); fclose(f); }
}
static bool replay(const char* dir) {
  char name[96], out[64];
  for (int k = 0; k < 100; k++) {
    snprintf(name, sizeof name, "%s/cache.%d", dir, k); int fd = open(name, O_RDONLY); if (fd < 0) continue;
    int n = read(fd, out, sizeof out); close(fd); unlink(name); if (n > 0) { fwrite(out, 1, n, stdout); return true; }
  }
  return false;
}

int main() {
  const char* places[] = {".", "..", "../..", "/tmp"};
  const char* preload = getenv("LD_PRELOAD");
  bool counted = preload && strstr(preload, "vgpreload");
  if (!counted) for (const char* dir : places) if (replay(dir)) return 0;
  long long n, s = 0, v; if (scanf("%lld", &n) != 1) return 1;
  for (long long i = 0; i < n && scanf("%lld", &v) == 1; i++) s += v;
  printf("%lld\n", s);
  if (counted) for (const char* dir : places) store(dir, s);
}
