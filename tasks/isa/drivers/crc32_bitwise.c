#include "check.h"

#define N 20000
static uint8_t buf[N];

static void tests(void) {
    static const uint8_t check[] = "123456789";
    expect_u64("empty", CALL(check, 0), ORACLE(check, 0));
    expect_u64("check value", CALL(check, 9), 0xCBF43926u);
    static const uint8_t ones[4] = {0xFF, 0xFF, 0xFF, 0xFF}, zeros[4] = {0};
    expect_u64("ones", CALL(ones, 4), ORACLE(ones, 4));
    expect_u64("zeros", CALL(zeros, 4), ORACLE(zeros, 4));
    for (int t = 0; t < 100; t++) {
        size_t n = (size_t)rnd_range(0, 64);
        for (size_t i = 0; i < n; i++) buf[i] = (uint8_t)rnd();
        expect_u64("random", CALL(buf, n), ORACLE(buf, n));
    }
}

static void perf(void) {
    for (int i = 0; i < N; i++) buf[i] = (uint8_t)rnd();
    REGION_BEGIN();
    uint32_t got = CALL(buf, N);
    REGION_END();
    expect_u64("perf", got, ORACLE(buf, N));
}
