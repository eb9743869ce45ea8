/* Sort an int array in place, ascending, by insertion.  tags: sorting, arrays, in-place */
void insertion_sort(int *xs, int n) {
    for (int i = 1; i < n; i++) {
        int v = xs[i];
        int j = i - 1;
        while (j >= 0 && xs[j] > v) {
            xs[j + 1] = xs[j];
            j--;
        }
        xs[j + 1] = v;
    }
}
