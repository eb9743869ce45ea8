#include "check.h"

#define N 60000
static unsigned char buf[N];

static void tests(void) {
    expect_u64("empty", CALL((const unsigned char *)"", 0), 0xcbf29ce484222325u);
    expect_u64("a", CALL((const unsigned char *)"a", 1), 0xaf63dc4c8601ec8cu);
    static const unsigned char high[] = {0xff, 0x80, 0x7f, 0x00, 0x01};
    expect_u64("high bytes", CALL(high, 5), ORACLE(high, 5));
    for (int t = 0; t < 100; t++) {
        size_t n = (size_t)rnd_range(0, 64);
        for (size_t i = 0; i < n; i++) buf[i] = (unsigned char)rnd();
        expect_u64("random", CALL(buf, n), ORACLE(buf, n));
    }
}

static void perf(void) {
    for (int i = 0; i < N; i++) buf[i] = (unsigned char)rnd();
    REGION_BEGIN();
    uint64_t got = CALL(buf, N);
    REGION_END();
    expect_u64("perf", got, ORACLE(buf, N));
}
