#include "check.h"

#define PERF_LEN 40000
static char in[PERF_LEN + 1], got[2 * PERF_LEN + 2], want[2 * PERF_LEN + 2];

/* Runs of random characters with random lengths. */
static void runs(char *s, int n, const char *alphabet, int max_run) {
    int k = 0, m = (int)strlen(alphabet);
    while (k < n) {
        char c = alphabet[rnd() % (uint64_t)m];
        for (int r = (int)rnd_range(1, max_run); r && k < n; r--) s[k++] = c;
    }
    s[k] = '\0';
}

static void check(const char *what, const char *s) {
    size_t n = strlen(s);
    memset(got, 0x55, 2 * n + 2);
    memset(want, 0x55, 2 * n + 2);
    expect_int(what, (long long)CALL(s, got), (long long)ORACLE(s, want));
    expect_mem(what, got, want, 2 * n + 2);
}

static void tests(void) {
    static const char *const edge[] = {"", "a", "aa", "ab", "aaaaaaaaaa", "aaaaaaaaaaab", "abba", "\xff\xff\x01"};
    for (unsigned i = 0; i < sizeof edge / sizeof *edge; i++) check("edge", edge[i]);
    for (int t = 0; t < 150; t++) {
        runs(in, (int)rnd_range(0, 200), t % 2 ? "ab" : "xyz\x80", t % 3 ? 4 : 120);
        check("random", in);
    }
}

static void perf(void) {
    runs(in, PERF_LEN, "abcd", 12);
    REGION_BEGIN();
    size_t n = CALL(in, got);
    REGION_END();
    expect_int("perf", (long long)n, (long long)ORACLE(in, want));
    expect_mem("perf", got, want, n + 1);
}
