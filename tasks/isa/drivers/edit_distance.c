#include "check.h"

#define Q 6
static char xs[Q][256], ys[Q][256];

static void tests(void) {
    static const char *const edge[][2] = {{"", ""}, {"", "abc"}, {"abc", ""}, {"kitten", "sitting"},
                                          {"flaw", "lawn"}, {"same", "same"}, {"ab", "ba"}, {"\xe9", "\xe8"}};
    for (unsigned i = 0; i < sizeof edge / sizeof *edge; i++)
        expect_int("edge", CALL(edge[i][0], edge[i][1]), ORACLE(edge[i][0], edge[i][1]));
    char s[256], t[256];
    fill_string(s, 255, "ab");
    fill_string(t, 255, "abc");
    expect_int("longest", CALL(s, t), ORACLE(s, t));
    for (int k = 0; k < 100; k++) {
        fill_string(s, (int)rnd_range(0, 30), k % 2 ? "ab" : "acgt");
        fill_string(t, (int)rnd_range(0, 30), k % 2 ? "ab" : "acgt");
        expect_int("random", CALL(s, t), ORACLE(s, t));
    }
}

static void perf(void) {
    for (int i = 0; i < Q; i++) {
        fill_string(xs[i], 200, "acgt");
        fill_string(ys[i], 220, "acgt");
    }
    long got = 0, want = 0;
    REGION_BEGIN();
    for (int i = 0; i < Q; i++) got += CALL(xs[i], ys[i]);
    REGION_END();
    for (int i = 0; i < Q; i++) want += ORACLE(xs[i], ys[i]);
    expect_int("perf", got, want);
}
