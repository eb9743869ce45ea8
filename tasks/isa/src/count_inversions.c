/* Number of pairs i < j with xs[i] > xs[j], by comparing every pair.  tags: arrays, nested-loops */
long count_inversions(const int *xs, int n) {
    long count = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (xs[i] > xs[j]) count++;
    return count;
}
