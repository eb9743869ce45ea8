#include "check.h"

#define N 200000
static unsigned char got[N], want[N];

static void tests(void) {
    for (int n = -2; n <= 40; n++) expect_int("small", CALL(n, got), ORACLE(n, want));
    for (int t = 0; t < 30; t++) {
        int n = (int)rnd_range(40, 5000);
        expect_int("random", CALL(n, got), ORACLE(n, want));
    }
}

static void perf(void) {
    int n = (int)rnd_range(N - 50000, N);
    REGION_BEGIN();
    int count = CALL(n, got);
    REGION_END();
    expect_int("perf", count, ORACLE(n, want));
}
