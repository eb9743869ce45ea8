/* Integer square root (floor) of a 64-bit unsigned value, digit by digit in base 4.  tags: bit-tricks, arithmetic */
#include <stdint.h>

uint32_t isqrt64(uint64_t x) {
    uint64_t rem = x, root = 0, bit = (uint64_t)1 << 62;
    while (bit > rem) bit >>= 2;
    while (bit) {
        if (rem >= root + bit) {
            rem -= root + bit;
            root = (root >> 1) + bit;
        } else {
            root >>= 1;
        }
        bit >>= 2;
    }
    return (uint32_t)root;
}
