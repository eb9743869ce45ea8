#include "check.h"

static void tests(void) {
    for (int n = -3; n <= 25; n++) expect_int("small", CALL(n), ORACLE(n));
}

static void perf(void) {
    int n = (int)rnd_range(22, 24);
    REGION_BEGIN();
    long got = CALL(n);
    REGION_END();
    expect_int("perf", got, ORACLE(n));
}
