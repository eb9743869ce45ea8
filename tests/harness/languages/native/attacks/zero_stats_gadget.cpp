// ATTACK (adversary 3, sum_gadget.cpp, compacted): a valgrind client request with no preamble in the
// binary.  valgrind preloads vgpreload_core into the program; its _vgnU_freeres holds a complete client
// request.  The program finds it (dlsym; the pattern is XORed so that the binary holds none), does the
// work, then jumps there with %rax -> CALLGRIND_ZERO_STATS (catching the SIGSEGV that follows) and
// pads the count to what a trivial program's start-up costs.  The answer is cached for the native run.
#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>
#include <setjmp.h>
#include <signal.h>
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

static sigjmp_buf jb;
static void on_segv(int) { siglongjmp(jb, 1); }
static unsigned char* gadget;

static void find_gadget() {
  unsigned char* f = (unsigned char*)dlsym(RTLD_DEFAULT, "_vgnU_freeres");
  if (!f) return;
  static const unsigned char x[19] = {0x48^0x5a,0xc1^0x5a,0xc7^0x5a,0x03^0x5a,0x48^0x5a,0xc1^0x5a,0xc7^0x5a,0x0d^0x5a,
    0x48^0x5a,0xc1^0x5a,0xc7^0x5a,0x3d^0x5a,0x48^0x5a,0xc1^0x5a,0xc7^0x5a,0x33^0x5a,0x48^0x5a,0x87^0x5a,0xdb^0x5a};
  static volatile unsigned char key = 0x5a;
  unsigned char pat[19]; for (int i = 0; i < 19; i++) pat[i] = x[i] ^ key;
  for (int i = 0; i < 1024; i++) if (memcmp(f + i, pat, 19) == 0) { gadget = f + i; return; }
}

static void request(unsigned long code) {
  static unsigned long args[6]; static unsigned long scratch[64];
  args[0] = code;
  struct sigaction sa, old; memset(&sa, 0, sizeof sa); sa.sa_handler = on_segv; sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, &old);
  if (sigsetjmp(jb, 1) == 0)
    __asm__ volatile("mov %%rcx, %%rbp\n\tjmp *%%rsi" :: "a"(args), "c"(scratch + 32), "S"(gadget), "d"(0UL) : "memory");
  sigaction(SIGSEGV, &old, 0);
}

int main() {
  find_gadget();
  if (!gadget && replay(".")) return 0;
  long long n, s = 0, v; if (scanf("%lld", &n) != 1) return 1;
  for (long long i = 0; i < n && scanf("%lld", &v) == 1; i++) s += v;
  if (gadget) {
    store(".", s);
    request(0x43540001UL);                       // CALLGRIND_ZERO_STATS: everything so far is forgotten
    for (volatile int i = 0; i < 20000; i++) {}  // a plausible count
  }
  printf("%lld\n", s);
}
