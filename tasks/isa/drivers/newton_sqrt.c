#include "check.h"

#define Q 2000
static double xs[Q];

static void tests(void) {
    static const double edge[] = {0.0, -0.0, -1.0, -1e-300, 1.0, 2.0, 4.0, 0.25, 1e-300, 5e-324, 1e300, 2e300, 1e200,
                                  0.5, 3.0, 1e10};
    for (unsigned i = 0; i < sizeof edge / sizeof *edge; i++) expect_dbl("edge", CALL(edge[i]), ORACLE(edge[i]));
    expect_dbl("nan", CALL(NAN), ORACLE(NAN));
    expect_dbl("inf", CALL(INFINITY), ORACLE(INFINITY));
    expect_dbl("-inf", CALL(-INFINITY), ORACLE(-INFINITY));
    for (int t = 0; t < 200; t++) {
        double x = ldexp(rnd_unit(), (int)rnd_range(-60, 60));
        expect_dbl("random", CALL(x), ORACLE(x));
    }
}

static void perf(void) {
    for (int i = 0; i < Q; i++) xs[i] = ldexp(rnd_unit() + 0.01, (int)rnd_range(-30, 30));
    double got = 0, want = 0;
    REGION_BEGIN();
    for (int i = 0; i < Q; i++) got += CALL(xs[i]);
    REGION_END();
    for (int i = 0; i < Q; i++) want += ORACLE(xs[i]);
    expect_dbl("perf", got, want);
}
