/* Parse a whole string as an optionally signed decimal long into *out; returns 0 (leaving *out alone) on bad syntax or overflow.  tags: strings, early-exit, pointers */
#include <limits.h>

int parse_long(const char *s, long *out) {
    int neg = 0;
    if (*s == '+' || *s == '-') neg = *s++ == '-';
    if (!*s) return 0;
    unsigned long limit = neg ? (unsigned long)LONG_MAX + 1 : (unsigned long)LONG_MAX;
    unsigned long v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9') return 0;
        unsigned long d = (unsigned long)(*s - '0');
        if (v > (limit - d) / 10) return 0;
        v = v * 10 + d;
    }
    *out = neg ? (long)(0 - v) : (long)v;
    return 1;
}
