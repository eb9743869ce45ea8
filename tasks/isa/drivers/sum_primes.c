#include "check.h"

static void tests(void) {
    static const int edge[] = {-5, 0, 1, 2, 3, 4, 5, 10, 11, 100, 1000};
    for (unsigned i = 0; i < sizeof edge / sizeof *edge; i++) expect_int("edge", CALL(edge[i]), ORACLE(edge[i]));
    for (int i = 0; i < 40; i++) {
        int n = (int)rnd_range(0, 3000);
        expect_int("random", CALL(n), ORACLE(n));
    }
}

static void perf(void) {
    REGION_BEGIN();
    long got = CALL(20000);
    REGION_END();
    expect_int("perf", got, ORACLE(20000));
}
