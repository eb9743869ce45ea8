/* Support for the C test drivers of ISA tasks.
 *
 * A driver includes this header, then defines `static void tests(void)` and
 * `static void perf(void)`.  `entry.h` (generated from the task's prototype) compiles the
 * function's C source in as the static oracle `ergon_oracle`, declares the candidate and
 * the type `ergon_fn_t` of pointers to it.  Drivers call the candidate only through
 * CALL(...), which goes through the checking trampoline `ergon_call`, and bracket the
 * performance workload with REGION_BEGIN()/REGION_END(), which the counting plugin
 * recognises by address.  Exit status: 0 all passed, 10 a check failed, 11 the candidate
 * broke the calling convention. */
#ifndef ERGON_HARNESS_H
#define ERGON_HARNESS_H

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entry.h"

#ifndef ERGON_SEED
#define ERGON_SEED 0
#endif

extern void ergon_call(void);
extern void *ergon_target;
extern uint64_t ergon_abi_violation;

#define CALL ((ergon_fn_t)(void *)ergon_call)
#define ORACLE ergon_oracle

#if defined(__aarch64__)
static const char *const ergon_regs[] = {"x19", "x20", "x21", "x22", "x23", "x24", "x25", "x26", "x27", "x28",
                                         "x29", "d8",  "d9",  "d10", "d11", "d12", "d13", "d14", "d15", "sp"};
#elif defined(__riscv)
static const char *const ergon_regs[] = {"s0",  "s1",  "s2",  "s3",  "s4",  "s5",   "s6",   "s7",  "s8",
                                         "s9",  "s10", "s11", "fs0", "fs1", "fs2",  "fs3",  "fs4", "fs5",
                                         "fs6", "fs7", "fs8", "fs9", "fs10", "fs11", "sp", "gp", "tp"};
#else
#error "unsupported target"
#endif

static int ergon_checks;

static void ergon_check_abi(void) {
    if (!ergon_abi_violation) return;
    printf("ABI violation: not preserved across the call:");
    for (unsigned i = 0; i < sizeof ergon_regs / sizeof *ergon_regs; i++)
        if (ergon_abi_violation >> i & 1) printf(" %s", ergon_regs[i]);
    printf("\n");
    exit(11);
}

static void ergon_fail(const char *what, const char *got, const char *want) {
    ergon_check_abi();
    printf("FAIL check %d (%s): got %s, expected %s\n", ergon_checks, what, got, want);
    exit(10);
}

static void expect_int(const char *what, long long got, long long want) {
    char g[32], w[32];
    ergon_checks++;
    if (got == want) return;
    snprintf(g, sizeof g, "%lld", got);
    snprintf(w, sizeof w, "%lld", want);
    ergon_fail(what, g, w);
}

static void expect_u64(const char *what, uint64_t got, uint64_t want) {
    char g[32], w[32];
    ergon_checks++;
    if (got == want) return;
    snprintf(g, sizeof g, "%llu", (unsigned long long)got);
    snprintf(w, sizeof w, "%llu", (unsigned long long)want);
    ergon_fail(what, g, w);
}

/* Relative tolerance: the oracle is compiled without contracting a*b+c, but a faithful
 * translation (or GCC's own -O2 reference) may fuse it and differ in the last bits. */
static void expect_dbl(const char *what, double got, double want) {
    char g[40], w[40];
    ergon_checks++;
    if (got == want || (isnan(got) && isnan(want))) return;
    if (fabs(got - want) <= 1e-9 * fmax(1.0, fabs(want))) return;
    snprintf(g, sizeof g, "%.17g", got);
    snprintf(w, sizeof w, "%.17g", want);
    ergon_fail(what, g, w);
}

/* Single precision: a translation may fuse multiply-adds the oracle keeps separate. */
static void expect_flt(const char *what, float got, float want) {
    char g[40], w[40];
    ergon_checks++;
    if (got == want || (isnan(got) && isnan(want))) return;
    if (fabsf(got - want) <= 1e-4f * fmaxf(1.0f, fabsf(want))) return;
    snprintf(g, sizeof g, "%.9g", (double)got);
    snprintf(w, sizeof w, "%.9g", (double)want);
    ergon_fail(what, g, w);
}

static void expect_mem(const char *what, const void *got, const void *want, size_t n) {
    ergon_checks++;
    if (memcmp(got, want, n) == 0) return;
    ergon_fail(what, "different memory contents", "the oracle's");
}

static uint64_t ergon_rng = 0x9E3779B97F4A7C15ull * (ERGON_SEED + 1);

/* splitmix64 */
static uint64_t rnd(void) {
    uint64_t z = (ergon_rng += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* Uniform in [lo, hi]. */
static long long rnd_range(long long lo, long long hi) {
    return lo + (long long)(rnd() % (uint64_t)(hi - lo + 1));
}

static double rnd_unit(void) { return (double)(rnd() >> 11) * 0x1.0p-53; }

static void fill_ints(int *xs, int n, long long lo, long long hi) {
    for (int i = 0; i < n; i++) xs[i] = (int)rnd_range(lo, hi);
}

/* A NUL-terminated string of n characters drawn from alphabet. */
static void fill_string(char *s, int n, const char *alphabet) {
    int k = (int)strlen(alphabet);
    for (int i = 0; i < n; i++) s[i] = alphabet[rnd() % (uint64_t)k];
    s[n] = '\0';
}

/* The markers: noipa keeps each a real, separately addressed call. */
static void __attribute__((noipa)) ergon_region_begin(void) { __asm__ volatile("" ::: "memory"); }
static void __attribute__((noipa)) ergon_region_end(void) { __asm__ volatile("" ::: "memory"); }
#define REGION_BEGIN() ergon_region_begin()
#define REGION_END() ergon_region_end()

static void tests(void);
static void perf(void);

int main(void) {
    ergon_target = (void *)ENTRY;
    tests();
    ergon_check_abi();
    perf();
    ergon_check_abi();
    printf("ergon: all %d checks passed\n", ergon_checks);
    return 0;
}

#endif
