/* Sum of the primes below n, by trial division with an early exit.  tags: loops, early-exit, arithmetic */
long sum_primes(int n) {
    long total = 0;
    for (int k = 2; k < n; k++) {
        int prime = 1;
        for (int d = 2; d * d <= k; d++) {
            if (k % d == 0) {
                prime = 0;
                break;
            }
        }
        if (prime) total += k;
    }
    return total;
}
