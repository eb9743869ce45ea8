#include "check.h"

#define N 4096
#define Q 20000
static int xs[N], keys[Q];

static void sorted_ints(int *a, int n, int step) {
    int v = (int)rnd_range(-1000, 1000);
    for (int i = 0; i < n; i++) a[i] = v += (int)rnd_range(0, step);
}

static void tests(void) {
    static const int one[] = {5}, dup[] = {1, 2, 2, 2, 3}, ext[] = {-2147483647 - 1, 0, 2147483647};
    expect_int("empty", CALL(one, 0, 3), 0);
    for (int k = 4; k <= 6; k++) expect_int("one", CALL(one, 1, k), ORACLE(one, 1, k));
    for (int k = 0; k <= 4; k++) expect_int("duplicates", CALL(dup, 5, k), ORACLE(dup, 5, k));
    for (int i = 0; i < 3; i++) expect_int("extremes", CALL(ext, 3, ext[i]), ORACLE(ext, 3, ext[i]));
    expect_int("extremes", CALL(ext, 3, -5), ORACLE(ext, 3, -5));
    for (int t = 0; t < 200; t++) {
        int n = (int)rnd_range(0, 64);
        sorted_ints(xs, n, 3);
        int key = n ? (int)rnd_range(xs[0] - 2, xs[n - 1] + 2) : 0;
        expect_int("random", CALL(xs, n, key), ORACLE(xs, n, key));
    }
}

static void perf(void) {
    sorted_ints(xs, N, 5);
    for (int i = 0; i < Q; i++) keys[i] = (int)rnd_range(xs[0] - 10, xs[N - 1] + 10);
    long got = 0, want = 0;
    REGION_BEGIN();
    for (int i = 0; i < Q; i++) got += CALL(xs, N, keys[i]);
    REGION_END();
    for (int i = 0; i < Q; i++) want += ORACLE(xs, N, keys[i]);
    expect_int("perf", got, want);
}
