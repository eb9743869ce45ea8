#include "check.h"

#define COPIES 8
#define N 300
static int got[COPIES][N], want[N];

static void check(const char *what, const int *xs, int n) {
    memcpy(got[0], xs, sizeof(int) * (size_t)n);
    memcpy(want, xs, sizeof(int) * (size_t)n);
    CALL(got[0], n);
    ORACLE(want, n);
    expect_mem(what, got[0], want, sizeof(int) * (size_t)n);
}

static void tests(void) {
    static const int one[] = {7}, rev[] = {5, 4, 3, 2, 1}, dup[] = {2, 1, 2, 1, 2},
                     ext[] = {2147483647, -2147483647 - 1, 0, -1, 1};
    check("empty", one, 0);
    check("one", one, 1);
    check("reversed", rev, 5);
    check("duplicates", dup, 5);
    check("extremes", ext, 5);
    int xs[64];
    for (int t = 0; t < 100; t++) {
        int n = (int)rnd_range(0, 64);
        fill_ints(xs, n, t % 2 ? -5 : -100000, t % 2 ? 5 : 100000);
        check("random", xs, n);
    }
}

static void perf(void) {
    for (int c = 0; c < COPIES; c++) fill_ints(got[c], N, -100000, 100000);
    REGION_BEGIN();
    for (int c = 0; c < COPIES; c++) CALL(got[c], N);
    REGION_END();
    /* every scored array is checked: sorting only the one checked would skip work */
    for (int c = 0; c < COPIES; c++) expect_mem("perf", got[c], want, sizeof want);
}
