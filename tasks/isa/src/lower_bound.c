/* Index of the first element not less than key in an ascending array (binary search).  tags: search, arrays */
int lower_bound(const int *xs, int n, int key) {
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (xs[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
