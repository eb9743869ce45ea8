#include "check.h"

#define Q 3000
static char strs[Q][24];

static void check(const char *what, const char *s) {
    long got = 0x5EED, want = 0x5EED;
    expect_int(what, CALL(s, &got), ORACLE(s, &want));
    expect_int(what, got, want);
}

static void tests(void) {
    static const char *const edge[] = {"", "0", "-0", "+0", "+", "-", "42", "-42", "007", "12a", "a12", " 1", "1 ",
                                       "9223372036854775807", "9223372036854775808", "-9223372036854775808",
                                       "-9223372036854775809", "99999999999999999999", "+-1", "--1", "1-"};
    for (unsigned i = 0; i < sizeof edge / sizeof *edge; i++) check("edge", edge[i]);
    char s[32];
    for (int t = 0; t < 200; t++) {
        fill_string(s, (int)rnd_range(0, 21), t % 4 ? "0123456789" : "0123456789+- x");
        if (t % 2) s[0] = "+-"[t % 4 / 2];
        check("random", s);
    }
}

static void perf(void) {
    for (int i = 0; i < Q; i++) {
        fill_string(strs[i], (int)rnd_range(1, 18), "0123456789");
        if (i % 3 == 0) strs[i][0] = '-';
    }
    long got = 0, want = 0, v;
    REGION_BEGIN();
    for (int i = 0; i < Q; i++)
        if (CALL(strs[i], &v)) got += v;
    REGION_END();
    for (int i = 0; i < Q; i++)
        if (ORACLE(strs[i], &v)) want += v;
    expect_int("perf", got, want);
}
