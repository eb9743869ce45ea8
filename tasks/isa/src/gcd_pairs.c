/* Sum of the greatest common divisors of neighbouring elements, by Euclid's algorithm.  tags: arithmetic, loops, arrays */
#include <stdint.h>

static uint32_t gcd(uint32_t a, uint32_t b) {
    while (b) {
        uint32_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

uint64_t gcd_pairs(const uint32_t *xs, int n) {
    uint64_t total = 0;
    for (int i = 1; i < n; i++) total += gcd(xs[i - 1], xs[i]);
    return total;
}
