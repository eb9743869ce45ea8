/* Square root by Newton's iteration from above until it stops decreasing; -1 for negative input, NaN and huge values returned as they are.  tags: floating-point, early-exit */
double newton_sqrt(double x) {
    if (x < 0) return -1.0;
    if (x == 0 || x != x || x > 1e300) return x;
    double g = x > 1 ? x : 1.0;
    for (;;) {
        double next = 0.5 * (g + x / g);
        if (next >= g) return g;
        g = next;
    }
}
