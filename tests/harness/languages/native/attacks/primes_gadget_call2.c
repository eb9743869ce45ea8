/* ATTACK B4 (adversary4): B3 (primes_realcpu.c) without writing any code: no RWX page, no preamble
   in the binary.  The client request is valgrind's own, in the preloaded vgpreload_core: the tail
   of _vgnU_ifunc_wrapper (found by dlsym and a XORed pattern) issues a request with %rax -> args
   and then pops rbx, r12, r14, r15, rbp and returns.  We push a frame of our own and jump there with
   %rax -> {CLIENT_CALL1 (0x1102), sieve, &job}: valgrind's core calls sieve() natively on the real
   CPU (nothing translated: no instructions, no basic blocks), and the gadget returns to us.  Natively
   (no vgpreload) the sieve runs here.  PAD_DIV 0: no counted pad. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifndef PAD_DIV
#define PAD_DIV 0
#endif
static unsigned char *gadget;
static void find_gadget(void) {
  unsigned char *f = (unsigned char *)dlsym(RTLD_DEFAULT, "_vgnU_ifunc_wrapper");
  if (!f) return;
  static const unsigned char x[19] = {0x48^0x5a,0xc1^0x5a,0xc7^0x5a,0x03^0x5a,0x48^0x5a,0xc1^0x5a,0xc7^0x5a,0x0d^0x5a,
    0x48^0x5a,0xc1^0x5a,0xc7^0x5a,0x3d^0x5a,0x48^0x5a,0xc1^0x5a,0xc7^0x5a,0x33^0x5a,0x48^0x5a,0x87^0x5a,0xdb^0x5a};
  static volatile unsigned char key = 0x5a;
  unsigned char pat[19]; for (int i = 0; i < 19; i++) pat[i] = x[i] ^ key;
  for (int i = 0; i < 400; i++) if (memcmp(f + i, pat, 19) == 0 && f[i + 38] == 0xc3) { gadget = f + i; return; }
}
static unsigned long scratch[64];
static __attribute__((noinline)) void request(unsigned long *args) {
  unsigned long ra = (unsigned long)args, rc = (unsigned long)(scratch + 32), rs = (unsigned long)gadget, rd = 0;
  __asm__ volatile("sub $256, %%rsp\n\t"
                   "lea 1f(%%rip), %%r11\n\tpush %%r11\n\tpush %%rbp\n\tpush %%r15\n\tpush %%r14\n\tpush %%r12\n\tpush %%rbx\n\t"
                   "mov %%rcx, %%rbp\n\tjmp *%%rsi\n"
                   "1:\n\tadd $256, %%rsp"
                   : "+a"(ra), "+c"(rc), "+S"(rs), "+d"(rd) : : "r8", "r9", "r10", "r11", "rdi", "memory", "cc");
}
struct job { long n; unsigned char *c; long cnt; int done; };
static unsigned long sieve(unsigned long tid, unsigned long arg) {
  (void)tid; struct job *j0 = (struct job *)arg; long n = j0->n; unsigned char *c = j0->c;
  j0->done = 1;
  if (n < 2) { j0->cnt = 0; return 1; }
  long m = (n - 1) / 2;
  for (long i = 1; (2*i+1)*(2*i+1) <= n; i++) if (!c[i]) { long p = 2*i+1; for (long j = (p*p)/2; j <= m; j += p) c[j] = 1; }
  long cnt = 1; for (long i = 1; i <= m; i++) cnt += !c[i];
  j0->cnt = cnt; return 1;
}
int main(void) {
  find_gadget();
  long n; if (scanf("%ld", &n) != 1) return 1;
  struct job job = {n, calloc(n / 2 + 2, 1), 0, 0};
  if (gadget) { unsigned long a[6] = {0x1102, (unsigned long)sieve, (unsigned long)&job, 0, 0, 0}; request(a); }
  if (!job.done) sieve(0, (unsigned long)&job);
  if (gadget && PAD_DIV) {
    long trips = n / (PAD_DIV ? PAD_DIV : 1) / 48 + 1;
    for (long k = 0; k < trips; k++) __asm__ volatile(".rept 48\n\tadd $1, %%r8\n\t.endr" ::: "r8", "cc");
  }
  printf("%ld\n", job.cnt); return 0;
}
