#include "check.h"

static void tests(void) {
    static const int edge[] = {-5, 0, 1, 2, 3, 4, 5, 10, 11, 100, 1000};
    for (unsigned i = 0; i < sizeof edge / sizeof *edge; i++) expect_int("edge", CALL(edge[i]), ORACLE(edge[i]));
    for (int i = 0; i < 40; i++) {
        int n = (int)rnd_range(0, 3000);
        expect_int("random", CALL(n), ORACLE(n));
    }
}

/* The bound is drawn from the seed: a stored answer for one known input does not help. */
static void perf(void) {
    int n = (int)rnd_range(16384, 20000);
    REGION_BEGIN();
    long got = CALL(n);
    REGION_END();
    expect_int("perf", got, ORACLE(n));
}
