#include "check.h"

#define N 48
static int a[N * N], b[N * N], got[N * N], want[N * N];

static void check(const char *what, int n) {
    memset(got, 0x55, sizeof got);
    memset(want, 0x55, sizeof want);
    CALL(a, b, got, n);
    ORACLE(a, b, want, n);
    expect_mem(what, got, want, sizeof got);
}

static void tests(void) {
    check("empty", 0);
    fill_ints(a, 1, -9, 9);
    fill_ints(b, 1, -9, 9);
    check("one", 1);
    fill_ints(a, 4, 2147483000, 2147483647);
    fill_ints(b, 4, -2147483647 - 1, -2147483000);
    check("overflow", 2);
    for (int t = 0; t < 40; t++) {
        int n = (int)rnd_range(0, 9);
        fill_ints(a, n * n, -1000, 1000);
        fill_ints(b, n * n, -1000, 1000);
        check("random", n);
    }
}

static void perf(void) {
    fill_ints(a, N * N, -100000, 100000);
    fill_ints(b, N * N, -100000, 100000);
    REGION_BEGIN();
    CALL(a, b, got, N);
    REGION_END();
    ORACLE(a, b, want, N);
    expect_mem("perf", got, want, sizeof got);
}
