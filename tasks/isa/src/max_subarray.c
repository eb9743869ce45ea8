/* Largest sum of a non-empty contiguous run of an int array (Kadane); 0 for an empty array.  tags: arrays, dynamic-programming */
long max_subarray(const int *xs, int n) {
    if (n <= 0) return 0;
    long best = xs[0], cur = xs[0];
    for (int i = 1; i < n; i++) {
        cur = cur > 0 ? cur + xs[i] : xs[i];
        if (cur > best) best = cur;
    }
    return best;
}
