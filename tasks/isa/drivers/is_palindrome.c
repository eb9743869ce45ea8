#include "check.h"

#define PERF_LEN 4000
#define PERF_COPIES 20
static char buf[PERF_COPIES][PERF_LEN + 1];

/* A palindrome over letters and digits with random case and punctuation sprinkled in. */
static void palindrome(char *s, int half) {
    static const char alnum[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    char core[PERF_LEN];
    for (int i = 0; i < half; i++) core[i] = alnum[rnd() % 36];
    int k = 0;
    for (int i = 0; i < 2 * half; i++) {
        char c = i < half ? core[i] : core[2 * half - 1 - i];
        if (c >= 'a' && c <= 'z' && rnd() % 2) c = (char)(c - 'a' + 'A');
        s[k++] = c;
        if (rnd() % 5 == 0) s[k++] = " ,.!-"[rnd() % 5];
    }
    s[k] = '\0';
}

static void tests(void) {
    static const char *const edge[] = {"", "a", "ab", "aa", "Aa", "A man, a plan, a canal: Panama", "race a car",
                                       ".,!", "0P", "a.", ".a", "ab!ba", "abca", "12321", "1231"};
    for (unsigned i = 0; i < sizeof edge / sizeof *edge; i++) expect_int("edge", CALL(edge[i]), ORACLE(edge[i]));
    for (int t = 0; t < 150; t++) {
        palindrome(buf[0], (int)rnd_range(0, 20));
        if (t % 3 == 0 && buf[0][0]) buf[0][rnd() % strlen(buf[0])] = 'q';
        expect_int("random", CALL(buf[0]), ORACLE(buf[0]));
    }
}

static void perf(void) {
    for (int c = 0; c < PERF_COPIES; c++) palindrome(buf[c], PERF_LEN / 3);
    buf[PERF_COPIES - 1][PERF_LEN / 2] = '#';
    int got = 0, want = 0;
    REGION_BEGIN();
    for (int c = 0; c < PERF_COPIES; c++) got = got * 2 + CALL(buf[c]);
    REGION_END();
    for (int c = 0; c < PERF_COPIES; c++) want = want * 2 + ORACLE(buf[c]);
    expect_int("perf", got, want);
}
