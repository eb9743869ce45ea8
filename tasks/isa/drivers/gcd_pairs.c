#include "check.h"

static uint32_t buf[20000];

static void tests(void) {
    static const uint32_t edge[][4] = {{0, 0, 0, 0}, {1, 1, 1, 1}, {12, 18, 27, 9}, {0, 7, 0, 5},
                                       {4294967295u, 4294967295u, 65536, 1u << 31}, {17, 13, 11, 7}};
    expect_u64("empty", CALL(edge[0], 0), 0);
    expect_u64("single", CALL(edge[2], 1), 0);
    for (unsigned i = 0; i < sizeof edge / sizeof *edge; i++) expect_u64("edge", CALL(edge[i], 4), ORACLE(edge[i], 4));
    for (int t = 0; t < 100; t++) {
        int n = (int)rnd_range(0, 40);
        uint32_t hi = t % 2 ? 0xFFFFFFFFu : 1000;
        for (int i = 0; i < n; i++) buf[i] = (uint32_t)rnd_range(0, hi);
        expect_u64("random", CALL(buf, n), ORACLE(buf, n));
    }
}

static void perf(void) {
    for (int i = 0; i < 20000; i++) buf[i] = (uint32_t)rnd_range(1, 1000000);
    REGION_BEGIN();
    uint64_t got = CALL(buf, 20000);
    REGION_END();
    expect_u64("perf", got, ORACLE(buf, 20000));
}
