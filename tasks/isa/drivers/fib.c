#include "check.h"

static void tests(void) {
    for (int n = -3; n <= 25; n++) expect_int("small", CALL(n), ORACLE(n));
}

static void perf(void) {
    REGION_BEGIN();
    long got = CALL(24);
    REGION_END();
    expect_int("perf", got, ORACLE(24));
}
