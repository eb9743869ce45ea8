#include "check.h"

#define N 30000
static double xs[N];

static void check(const char *what, const double *v, int n) {
    struct stats got = {1, 2, 3, 4}, want = {1, 2, 3, 4};
    expect_int(what, CALL(v, n, &got), ORACLE(v, n, &want));
    expect_dbl(what, got.mean, want.mean);
    expect_dbl(what, got.variance, want.variance);
    expect_dbl(what, got.min, want.min);
    expect_dbl(what, got.max, want.max);
}

static void tests(void) {
    static const double one[] = {3.5}, same[] = {2, 2, 2}, mixed[] = {-1e3, 0.5, 7, -0.0, 1e-3},
                        desc[] = {5, 4, 3, 2, 1};
    check("empty", one, 0);
    check("negative length", one, -3);
    check("one", one, 1);
    check("constant", same, 3);
    check("mixed", mixed, 5);
    check("descending", desc, 5);
    for (int t = 0; t < 100; t++) {
        int n = (int)rnd_range(1, 60);
        for (int i = 0; i < n; i++) xs[i] = (rnd_unit() - 0.5) * (t % 2 ? 1e4 : 2);
        check("random", xs, n);
    }
}

static void perf(void) {
    for (int i = 0; i < N; i++) xs[i] = (rnd_unit() - 0.3) * 100;
    struct stats got, want;
    REGION_BEGIN();
    CALL(xs, N, &got);
    REGION_END();
    ORACLE(xs, N, &want);
    expect_dbl("perf", got.mean, want.mean);
    expect_dbl("perf", got.variance, want.variance);
    expect_dbl("perf", got.min, want.min);
    expect_dbl("perf", got.max, want.max);
}
