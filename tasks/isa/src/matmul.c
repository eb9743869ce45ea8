/* Product of two n-by-n row-major int matrices into c, with wrap-around arithmetic.  tags: arrays, nested-loops, pointers */
void matmul(const int *a, const int *b, int *c, int n) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            unsigned s = 0;
            for (int k = 0; k < n; k++) s += (unsigned)a[i * n + k] * (unsigned)b[k * n + j];
            c[i * n + j] = (int)s;
        }
}
