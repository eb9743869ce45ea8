#include "check.h"

#define N 30000
static struct account accts[N];

static void fill(struct account *a, int n) {
    for (int i = 0; i < n; i++) {
        a[i].id = (long)rnd();
        a[i].balance = (int)rnd_range(-1000000, 1000000);
        a[i].active = (unsigned char)(rnd() % 4 ? 1 + rnd() % 3 : 0);
        a[i].frozen = (unsigned char)(rnd() % 5 == 0 ? 1 + rnd() % 200 : 0);
    }
}

static void tests(void) {
    static const struct account edge[] = {{1, 100, 1, 0}, {2, 100, 0, 0}, {3, 100, 1, 1}, {4, -5, 1, 0},
                                          {5, 2147483647, 2, 0}, {6, -2147483647 - 1, 1, 0}, {7, 99, 255, 0}};
    expect_int("empty", CALL(edge, 0, 0), 0);
    for (int n = 1; n <= 7; n++)
        for (int m = -2; m <= 2; m++) {
            int min = m == -2 ? -2147483647 - 1 : m == 2 ? 2147483647 : m * 100;
            expect_int("edge", CALL(edge, n, min), ORACLE(edge, n, min));
        }
    for (int t = 0; t < 100; t++) {
        int n = (int)rnd_range(0, 50), min = (int)rnd_range(-1000000, 1000000);
        fill(accts, n);
        expect_int("random", CALL(accts, n, min), ORACLE(accts, n, min));
    }
}

static void perf(void) {
    fill(accts, N);
    long got = 0, want = 0;
    REGION_BEGIN();
    for (int m = 0; m < 4; m++) got += CALL(accts, N, m * 250000 - 500000);
    REGION_END();
    for (int m = 0; m < 4; m++) want += ORACLE(accts, N, m * 250000 - 500000);
    expect_int("perf", got, want);
}
