/* Number of primes below n by the sieve of Eratosthenes, in a caller-provided scratch buffer of at least n bytes.  tags: arrays, loops, memory */
int sieve_count(int n, unsigned char *scratch) {
    if (n < 3) return 0;
    for (int i = 0; i < n; i++) scratch[i] = 1;
    int count = 0;
    for (int i = 2; i < n; i++) {
        if (!scratch[i]) continue;
        count++;
        for (long j = (long)i * i; j < n; j += i) scratch[j] = 0;
    }
    return count;
}
