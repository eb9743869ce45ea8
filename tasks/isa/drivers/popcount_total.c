#include "check.h"

static uint64_t buf[20000];

static void tests(void) {
    static const uint64_t edge[] = {0, 1, 0x8000000000000000u, 0xFFFFFFFFFFFFFFFFu, 0x5555555555555555u, 0xF0F0};
    expect_int("empty", CALL(edge, 0), 0);
    for (int n = 1; n <= 6; n++) expect_int("edge", CALL(edge, n), ORACLE(edge, n));
    for (int t = 0; t < 100; t++) {
        int n = (int)rnd_range(0, 40);
        for (int i = 0; i < n; i++) buf[i] = rnd() >> rnd_range(0, 63);
        expect_int("random", CALL(buf, n), ORACLE(buf, n));
    }
}

static void perf(void) {
    for (int i = 0; i < 20000; i++) buf[i] = rnd() >> rnd_range(0, 40);
    REGION_BEGIN();
    long got = CALL(buf, 20000);
    REGION_END();
    expect_int("perf", got, ORACLE(buf, 20000));
}
