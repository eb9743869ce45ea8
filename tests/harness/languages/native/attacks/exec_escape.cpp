// ATTACK: leave callgrind by execve.  Under valgrind (--trace-children=no) an execve replaces the
// counted process by the same program run natively, with the same pid: it does the work uncounted
// and writes a forged dump (its pid, termination, a total it chooses) into the FIFO at its fixed
// path (or into the dump descriptor it inherited), while callgrind, gone with the old image, writes none.
// (2,000,000 per test: enough for the native floor, 13x below the honest count.)
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char** argv) {
  const char* preload = getenv("LD_PRELOAD");
  if (argc == 1 && preload && strstr(preload, "vgpreload")) {
    unsetenv("LD_PRELOAD");
    execl("./prog", "./prog", "escaped", (char*)0);
  }
  long long n, s = 0, v; if (scanf("%lld", &n) != 1) return 1;
  for (long long i = 0; i < n && scanf("%lld", &v) == 1; i++) s += v;
  printf("%lld\n", s); fflush(stdout);
  if (argc == 1) return 0;
  char dump[512];
  int m = snprintf(dump, sizeof dump,
      "# callgrind format\nversion: 1\ncreator: callgrind-3.19.0\npid: %d\ncmd:  ./prog\npart: 1\n\n\n"
      "desc: I1 cache: \ndesc: D1 cache: \ndesc: LL cache: \n\ndesc: Timerange: Basic block 0 - 20000\n"
      "desc: Trigger: Program termination\n\npositions: line\nevents: Ir\nsummary: 2000000\n\n\ntotals: 2000000\n",
      (int)getpid());
  for (int fd = 3; fd < 256; fd++) {
    struct stat st; int fl = fcntl(fd, F_GETFL);
    if (fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode) && fl >= 0 && (fl & O_ACCMODE) == O_WRONLY) { write(fd, dump, m); return 0; }
  }
  const char* paths[] = {"/run/ergon-pipes/dump", "/tmp/ergon-pipes/dump"};
  for (const char* path : paths) { int fd = open(path, O_WRONLY | O_NONBLOCK); if (fd >= 0) write(fd, dump, m); }
}
