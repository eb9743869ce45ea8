/* Total number of set bits in an array of 64-bit words, clearing the lowest set bit in a loop.  tags: bit-tricks, arrays */
#include <stdint.h>

long popcount_total(const uint64_t *xs, int n) {
    long total = 0;
    for (int i = 0; i < n; i++) {
        uint64_t x = xs[i];
        while (x) {
            x &= x - 1;
            total++;
        }
    }
    return total;
}
