#include "check.h"

static int buf[50000];

static void tests(void) {
    static const int neg[] = {-3, -1, -2}, mix[] = {-2, 1, -3, 4, -1, 2, 1, -5, 4},
                     big[] = {2147483647, 2147483647, -1, 2147483647}, low[] = {-2147483647 - 1, -2147483647 - 1};
    expect_int("empty", CALL(neg, 0), 0);
    expect_int("negative", CALL(neg, 3), ORACLE(neg, 3));
    expect_int("mixed", CALL(mix, 9), ORACLE(mix, 9));
    expect_int("large", CALL(big, 4), ORACLE(big, 4));
    expect_int("lowest", CALL(low, 2), ORACLE(low, 2));
    for (int t = 0; t < 150; t++) {
        int n = (int)rnd_range(0, 60);
        fill_ints(buf, n, -50, 40);
        expect_int("random", CALL(buf, n), ORACLE(buf, n));
    }
}

static void perf(void) {
    fill_ints(buf, 50000, -1000, 1000);
    REGION_BEGIN();
    long got = CALL(buf, 50000);
    REGION_END();
    expect_int("perf", got, ORACLE(buf, 50000));
}
