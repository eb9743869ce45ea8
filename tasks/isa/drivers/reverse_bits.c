#include "check.h"

static uint32_t buf[20000];

static void tests(void) {
    static const uint32_t edge[] = {0, 1, 0x80000000u, 0xFFFFFFFFu, 0x12345678u, 0xAAAAAAAAu, 0x0000FFFFu};
    for (unsigned i = 0; i < sizeof edge / sizeof *edge; i++) expect_u64("edge", CALL(edge[i]), ORACLE(edge[i]));
    for (int t = 0; t < 200; t++) {
        uint32_t x = (uint32_t)rnd();
        expect_u64("random", CALL(x), ORACLE(x));
    }
}

static void perf(void) {
    for (int i = 0; i < 20000; i++) buf[i] = (uint32_t)rnd();
    uint32_t got = 0, want = 0;
    REGION_BEGIN();
    for (int i = 0; i < 20000; i++) got ^= CALL(buf[i]) + (uint32_t)i;
    REGION_END();
    for (int i = 0; i < 20000; i++) want ^= ORACLE(buf[i]) + (uint32_t)i;
    expect_u64("perf", got, want);
}
