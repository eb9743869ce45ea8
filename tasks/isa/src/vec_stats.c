/* Mean, population variance (two passes), minimum and maximum of an array of doubles into *out; returns 0 for an empty array.  tags: floating-point, structs, pointers */
struct stats {
    double mean, variance, min, max;
};

int vec_stats(const double *xs, int n, struct stats *out) {
    if (n <= 0) return 0;
    double sum = 0, lo = xs[0], hi = xs[0];
    for (int i = 0; i < n; i++) {
        sum += xs[i];
        if (xs[i] < lo) lo = xs[i];
        if (xs[i] > hi) hi = xs[i];
    }
    double mean = sum / n, sq = 0;
    for (int i = 0; i < n; i++) sq += (xs[i] - mean) * (xs[i] - mean);
    out->mean = mean;
    out->variance = sq / n;
    out->min = lo;
    out->max = hi;
    return 1;
}
