#include "check.h"

#define N 64
#define Q 3000
static double coef[N], points[Q];

static void tests(void) {
    static const double c[] = {2, -3, 0.5, 1};
    expect_dbl("empty", CALL(c, 0, 3.0), ORACLE(c, 0, 3.0));
    expect_dbl("constant", CALL(c, 1, 3.0), ORACLE(c, 1, 3.0));
    static const double xs[] = {0.0, -0.0, 1.0, -1.0, 2.5, -7.25, 1e-5};
    for (unsigned i = 0; i < sizeof xs / sizeof *xs; i++) expect_dbl("cubic", CALL(c, 4, xs[i]), ORACLE(c, 4, xs[i]));
    for (int t = 0; t < 150; t++) {
        int n = (int)rnd_range(0, 20);
        for (int i = 0; i < n; i++) coef[i] = rnd_unit() * 2 - 1;
        double x = rnd_unit() * 2.2 - 1.1;
        expect_dbl("random", CALL(coef, n, x), ORACLE(coef, n, x));
    }
}

static void perf(void) {
    for (int i = 0; i < N; i++) coef[i] = rnd_unit() * 2 - 1;
    for (int i = 0; i < Q; i++) points[i] = rnd_unit() * 2 - 1;
    double got = 0, want = 0;
    REGION_BEGIN();
    for (int i = 0; i < Q; i++) got += CALL(coef, N, points[i]);
    REGION_END();
    for (int i = 0; i < Q; i++) want += ORACLE(coef, N, points[i]);
    expect_dbl("perf", got, want);
}
