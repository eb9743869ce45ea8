/* Number of ways to write n as a sum of parts no larger than m, by plain recursion.  tags: recursion, combinatorics */
long partitions(int n, int m) {
    if (n == 0) return 1;
    if (n < 0 || m <= 0) return 0;
    return partitions(n - m, m) + partitions(n, m - 1);
}
