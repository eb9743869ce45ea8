#include "check.h"

#define N 20000
static struct point pts[N];

/* A star-shaped polygon: vertices at increasing angles around a centre. */
static void star(struct point *p, int n, double radius) {
    double cx = rnd_unit() * 20 - 10, cy = rnd_unit() * 20 - 10;
    for (int i = 0; i < n; i++) {
        double a = 6.283185307179586 * (i + rnd_unit() * 0.5) / n, r = radius * (0.2 + rnd_unit());
        p[i].x = cx + r * cos(a);
        p[i].y = cy + r * sin(a);
    }
}

static void tests(void) {
    static const struct point square[] = {{0, 0}, {2, 0}, {2, 2}, {0, 2}}, cw[] = {{0, 0}, {0, 3}, {4, 0}},
                              line[] = {{1, 1}, {2, 2}, {3, 3}}, neg[] = {{-1.5, -1}, {-0.5, -1}, {-1, 0.25}};
    expect_dbl("empty", CALL(square, 0), ORACLE(square, 0));
    expect_dbl("point", CALL(square, 1), ORACLE(square, 1));
    expect_dbl("two points", CALL(square, 2), ORACLE(square, 2));
    expect_dbl("square", CALL(square, 4), ORACLE(square, 4));
    expect_dbl("clockwise", CALL(cw, 3), ORACLE(cw, 3));
    expect_dbl("degenerate", CALL(line, 3), ORACLE(line, 3));
    expect_dbl("negative", CALL(neg, 3), ORACLE(neg, 3));
    for (int t = 0; t < 100; t++) {
        int n = (int)rnd_range(3, 50);
        star(pts, n, 1 + rnd_unit() * 50);
        expect_dbl("random", CALL(pts, n), ORACLE(pts, n));
    }
}

static void perf(void) {
    star(pts, N, 40);
    REGION_BEGIN();
    double got = CALL(pts, N);
    REGION_END();
    expect_dbl("perf", got, ORACLE(pts, N));
}
