/* Value at x of the polynomial with n coefficients, highest degree first (Horner's rule).  tags: floating-point, loops */
double horner(const double *coef, int n, double x) {
    double acc = 0.0;
    for (int i = 0; i < n; i++) acc = acc * x + coef[i];
    return acc;
}
