/* Support for the C test drivers of ISA tasks.
 *
 * A driver includes this header, then defines `static void tests(void)` and
 * `static void perf(void)`.  `entry.h` (generated from the task's prototype) declares the
 * type `ergon_fn_t` of pointers to the function and `ORACLE`.  The same driver is built
 * twice: trusted (-DERGON_TRUSTED), where the function's C source is the one called and
 * ORACLE is that source too, and with the candidate, where ORACLE is a stub that computes
 * nothing, so the candidate's process holds no answers to borrow.  Drivers call the
 * function only through CALL(...), which goes through the checking trampoline
 * `ergon_call`, and bracket the performance workload with REGION_BEGIN()/REGION_END(),
 * which the counting plugin recognises by address.
 *
 * expect_*() record what the call under test returned (the expected value is ignored: in
 * the trusted build the two are the same) and the program prints the records at its end,
 * one line each, `R <kind> <16 hex digits> <what>`.  The runner compares the candidate's
 * records with the trusted build's: no verdict is decided in the process the candidate runs
 * in, whose memory and output it can write.
 *
 * `prog count` runs only perf() (the counted run: the candidate's first call is the counted
 * one); `prog` runs tests() and then perf() on the next inputs the seed gives.  Exit status:
 * 0 done, 11 the candidate broke the calling convention (from the trampoline, at once). */
#ifndef ERGON_HARNESS_H
#define ERGON_HARNESS_H

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "entry.h"

#ifndef ERGON_SEED
#define ERGON_SEED 0
#endif

extern void ergon_call(void);
extern void *ergon_target;
extern uint64_t ergon_canary;

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

/* Called by the trampoline, never returns: raw write and _exit, so nothing the candidate
 * registered (atexit, destructors, stdio state) runs after it. */
void ergon_abi_fail(uint64_t mask) {
    static char msg[512] = "ABI violation: not preserved across the call:";
    for (unsigned i = 0; i < sizeof ergon_regs / sizeof *ergon_regs; i++)
        if (mask >> i & 1) {
            strcat(msg, " ");
            strcat(msg, ergon_regs[i]);
        }
    strcat(msg, "\n");
    if (write(1, msg, strlen(msg)) < 0) _exit(11);
    _exit(11);
}

typedef struct {
    char kind;
    uint64_t bits;
    const char *what;
} ergon_record_t;

#define ERGON_MAX_RECORDS 8192
static ergon_record_t ergon_records[ERGON_MAX_RECORDS];
static int ergon_n_records;

static void ergon_record(char kind, const char *what, uint64_t bits) {
    if (ergon_n_records < ERGON_MAX_RECORDS) ergon_records[ergon_n_records++] = (ergon_record_t){kind, bits, what};
    else ergon_records[ERGON_MAX_RECORDS - 1] = (ergon_record_t){'x', 0, "too many checks"};
}

static void expect_int(const char *what, long long got, long long want) {
    (void)want;
    ergon_record('i', what, (uint64_t)got);
}

static void expect_u64(const char *what, uint64_t got, uint64_t want) {
    (void)want;
    ergon_record('u', what, got);
}

/* Compared with a relative tolerance by the runner: the oracle is compiled without
 * contracting a*b+c, but a faithful translation (or GCC's own -O2 reference) may fuse it. */
static void expect_dbl(const char *what, double got, double want) {
    uint64_t bits;
    (void)want;
    memcpy(&bits, &got, sizeof bits);
    ergon_record('d', what, bits);
}

static void expect_flt(const char *what, float got, float want) {
    uint32_t bits;
    (void)want;
    memcpy(&bits, &got, sizeof bits);
    ergon_record('f', what, bits);
}

/* FNV-1a over the bytes the call produced, a 64-bit word at a time: the counted run pays for
 * hashing its outputs (the same for every candidate), so it is kept cheap. */
static void expect_mem(const char *what, const void *got, const void *want, size_t n) {
    const unsigned char *p = got;
    uint64_t h = 0xcbf29ce484222325ull, w;
    size_t i = 0;
    (void)want;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 0x100000001b3ull;
    }
    for (; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ull;
    ergon_record('m', what, h ^ n);
}

/* Print the records and end the process: the same instructions whatever the values (a
 * fixed number of hex digits), so the part of it the counted run includes is a constant. */
static void __attribute__((noreturn)) ergon_finish(void) {
    static char out[ERGON_MAX_RECORDS * 96];
    size_t n = 0;
    for (int r = 0; r < ergon_n_records; r++) {
        out[n++] = 'R';
        out[n++] = ' ';
        out[n++] = ergon_records[r].kind;
        out[n++] = ' ';
        for (int d = 15; d >= 0; d--) out[n++] = "0123456789abcdef"[ergon_records[r].bits >> (4 * d) & 15];
        out[n++] = ' ';
        for (const char *w = ergon_records[r].what; *w && n < sizeof out - 2; w++) out[n++] = *w;
        out[n++] = '\n';
    }
    for (size_t done = 0; done < n;) {
        ssize_t w = write(1, out + done, n - done);
        if (w <= 0) _exit(12);
        done += (size_t)w;
    }
    _exit(0);
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

int main(int argc, char **argv) {
    ergon_canary = 0x9E3779B97F4A7C15ull * (ERGON_SEED + 3);
    ergon_target = (void *)ENTRY;
    if (!(argc > 1 && !strcmp(argv[1], "count"))) tests();
    perf();
    ergon_finish();
}

#endif
