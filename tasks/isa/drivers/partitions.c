#include "check.h"

static void tests(void) {
    static const int edge[][2] = {{0, 0}, {0, 5}, {1, 0}, {1, 1}, {5, 0}, {-1, 3}, {3, -1}, {5, 5}, {5, 2}, {10, 3}};
    for (unsigned i = 0; i < sizeof edge / sizeof *edge; i++)
        expect_int("edge", CALL(edge[i][0], edge[i][1]), ORACLE(edge[i][0], edge[i][1]));
    for (int t = 0; t < 60; t++) {
        int n = (int)rnd_range(0, 25), m = (int)rnd_range(0, 30);
        expect_int("random", CALL(n, m), ORACLE(n, m));
    }
}

static void perf(void) {
    int n = (int)rnd_range(34, 36);
    REGION_BEGIN();
    long got = CALL(n, n);
    REGION_END();
    expect_int("perf", got, ORACLE(n, n));
}
