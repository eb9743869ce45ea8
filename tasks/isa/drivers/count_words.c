#include "check.h"

static char buf[60001];

static void tests(void) {
    static const char *const edge[] = {"", " ", "a", "  a  ", "a b", "\t\n\v\f\r", "one\ttwo\nthree", "x ", " x",
                                       "\xe9t\xe9 \xa0", "multiple   spaces   here"};
    for (unsigned i = 0; i < sizeof edge / sizeof *edge; i++) expect_int("edge", CALL(edge[i]), ORACLE(edge[i]));
    for (int t = 0; t < 150; t++) {
        fill_string(buf, (int)rnd_range(0, 80), t % 2 ? "ab \t\n" : "abcdefgh \r\v\f\xb5");
        expect_int("random", CALL(buf), ORACLE(buf));
    }
}

static void perf(void) {
    fill_string(buf, 60000, "abcdefghijklmnopqrstuvwxyz    \n");
    REGION_BEGIN();
    int got = CALL(buf);
    REGION_END();
    expect_int("perf", got, ORACLE(buf));
}
