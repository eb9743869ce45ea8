// ATTACK (adversary 3, the cache half of sum_forge.cpp / sum_gadget.cpp): the counted run (valgrind's
// preload in its environment tells it) stores its answer in files beside it and above it; the native
// run of the same test prints the stored answer without working, so its CPU time says nothing.
#include <cstdio>
#include <cstdlib>
#include <cstring>

int main() {
  const char* names[] = {"cache", "../cache", "../../cache", "/tmp/cache"};
  const char* preload = getenv("LD_PRELOAD");
  if (!(preload && strstr(preload, "vgpreload")))
    for (const char* name : names) {
      FILE* f = fopen(name, "r"); if (!f) continue;
      int c; while ((c = fgetc(f)) != EOF) putchar(c); return 0;
    }
  long long n, s = 0, v; if (scanf("%lld", &n) != 1) return 1;
  for (long long i = 0; i < n && scanf("%lld", &v) == 1; i++) s += v;
  printf("%lld\n", s);
  for (const char* name : names) { FILE* f = fopen(name, "w"); if (f) { fprintf(f, "%lld\n", s); fclose(f); } }
}
