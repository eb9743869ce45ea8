#include "check.h"

#define N 30000
static struct node pool[N];

/* A random binary tree of n nodes from the pool: each new node hangs off a random free slot. */
static struct node *tree(int n, int chain) {
    if (n == 0) return NULL;
    for (int i = 0; i < n; i++) {
        pool[i].value = (long)rnd_range(-1000000, 1000000);
        pool[i].left = pool[i].right = NULL;
    }
    for (int i = 1; i < n; i++) {
        struct node *p = &pool[chain ? i - 1 : rnd() % (uint64_t)i];
        while (p->left && p->right) p = rnd() % 2 ? p->left : p->right;
        if (!p->left && (chain || rnd() % 2))
            p->left = &pool[i];
        else if (!p->right)
            p->right = &pool[i];
        else
            p->left = &pool[i];
    }
    return &pool[0];
}

static void tests(void) {
    expect_int("empty", CALL(NULL), 0);
    for (int n = 1; n <= 8; n++) {
        struct node *t = tree(n, 0);
        expect_int("small", CALL(t), ORACLE(t));
    }
    struct node *t = tree(200, 1);
    expect_int("chain", CALL(t), ORACLE(t));
    for (int k = 0; k < 60; k++) {
        t = tree((int)rnd_range(0, 100), 0);
        expect_int("random", CALL(t), ORACLE(t));
    }
}

static void perf(void) {
    struct node *t = tree(N, 0);
    REGION_BEGIN();
    long got = CALL(t);
    REGION_END();
    expect_int("perf", got, ORACLE(t));
}
