#include "check.h"

static void tests(void) {
    for (unsigned n = 0; n <= 30; n++) expect_int("small", CALL(n), ORACLE(n));
    for (int t = 0; t < 20; t++) {
        unsigned n = (unsigned)rnd_range(30, 1200);
        expect_int("random", CALL(n), ORACLE(n));
    }
}

static void perf(void) {
    unsigned limit = (unsigned)rnd_range(2000, 3000);
    REGION_BEGIN();
    unsigned got = CALL(limit);
    REGION_END();
    expect_int("perf", got, ORACLE(limit));
}
