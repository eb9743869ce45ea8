/* Run-length encode a string: each run of equal characters becomes the character followed by the run length in decimal; returns the output length.  tags: strings, loops, pointers */
#include <stddef.h>

size_t rle_encode(const char *s, char *out) {
    size_t k = 0;
    while (*s) {
        char c = *s;
        unsigned run = 0;
        while (*s == c) {
            s++;
            run++;
        }
        out[k++] = c;
        char digits[12];
        int d = 0;
        do {
            digits[d++] = (char)('0' + run % 10);
            run /= 10;
        } while (run);
        while (d) out[k++] = digits[--d];
    }
    out[k] = '\0';
    return k;
}
