#include "check.h"

#define N 1200
static int buf[N];

static void tests(void) {
    static const int sorted[] = {1, 2, 3, 4}, rev[] = {4, 3, 2, 1}, dup[] = {2, 2, 1, 1},
                     ext[] = {2147483647, -2147483647 - 1, 0};
    expect_int("empty", CALL(sorted, 0), 0);
    expect_int("one", CALL(sorted, 1), 0);
    expect_int("sorted", CALL(sorted, 4), ORACLE(sorted, 4));
    expect_int("reversed", CALL(rev, 4), ORACLE(rev, 4));
    expect_int("duplicates", CALL(dup, 4), ORACLE(dup, 4));
    expect_int("extremes", CALL(ext, 3), ORACLE(ext, 3));
    for (int t = 0; t < 100; t++) {
        int n = (int)rnd_range(0, 60);
        fill_ints(buf, n, t % 2 ? -3 : -100000, t % 2 ? 3 : 100000);
        expect_int("random", CALL(buf, n), ORACLE(buf, n));
    }
}

static void perf(void) {
    fill_ints(buf, N, -1000000, 1000000);
    REGION_BEGIN();
    long got = CALL(buf, N);
    REGION_END();
    expect_int("perf", got, ORACLE(buf, N));
}
