/* Sum of squared differences of two float arrays, accumulated in single precision.  tags: floating-point, arrays */
float sum_sq_diff(const float *a, const float *b, int n) {
    float s = 0.0f;
    for (int i = 0; i < n; i++) {
        float d = a[i] - b[i];
        s += d * d;
    }
    return s;
}
