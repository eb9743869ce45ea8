#include "check.h"

#define N 40000
static float a[N], b[N];

static void tests(void) {
    static const float x[] = {1.0f, -2.5f, 0.0f, 3.0f}, y[] = {1.0f, 2.5f, -0.0f, -3.0f};
    expect_flt("empty", CALL(x, y, 0), 0.0f);
    expect_flt("same", CALL(x, x, 4), ORACLE(x, x, 4));
    expect_flt("edge", CALL(x, y, 4), ORACLE(x, y, 4));
    for (int t = 0; t < 100; t++) {
        int n = (int)rnd_range(0, 60);
        for (int i = 0; i < n; i++) {
            a[i] = (float)(rnd_unit() * 20 - 10);
            b[i] = (float)(rnd_unit() * 20 - 10);
        }
        expect_flt("random", CALL(a, b, n), ORACLE(a, b, n));
    }
}

static void perf(void) {
    for (int i = 0; i < N; i++) {
        a[i] = (float)rnd_unit();
        b[i] = (float)rnd_unit();
    }
    REGION_BEGIN();
    float got = CALL(a, b, N);
    REGION_END();
    expect_flt("perf", got, ORACLE(a, b, N));
}
