#include "check.h"

#define Q 5000
static uint64_t xs[Q];

static void tests(void) {
    static const uint64_t edge[] = {0, 1, 2, 3, 4, 15, 16, 17, 0xFFFFFFFFFFFFFFFFu, 0xFFFFFFFE00000001u,
                                    0xFFFFFFFE00000000u, 1ull << 62, (1ull << 62) - 1, 1ull << 63};
    for (unsigned i = 0; i < sizeof edge / sizeof *edge; i++) expect_u64("edge", CALL(edge[i]), ORACLE(edge[i]));
    for (int t = 0; t < 200; t++) {
        uint64_t x = rnd() >> rnd_range(0, 63);
        expect_u64("random", CALL(x), ORACLE(x));
    }
}

static void perf(void) {
    for (int i = 0; i < Q; i++) xs[i] = rnd() >> rnd_range(0, 40);
    uint64_t got = 0, want = 0;
    REGION_BEGIN();
    for (int i = 0; i < Q; i++) got += CALL(xs[i]);
    REGION_END();
    for (int i = 0; i < Q; i++) want += ORACLE(xs[i]);
    expect_u64("perf", got, want);
}
