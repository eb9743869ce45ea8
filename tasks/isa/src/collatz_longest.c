/* The start value below limit whose Collatz sequence takes the most steps to reach 1 (smallest on ties; 0 if none).  tags: loops, arithmetic */
unsigned collatz_longest(unsigned limit) {
    unsigned best = 0, best_len = 0;
    for (unsigned s = 1; s < limit; s++) {
        unsigned long v = s;
        unsigned len = 0;
        while (v != 1) {
            v = v & 1 ? 3 * v + 1 : v / 2;
            len++;
        }
        if (best == 0 || len > best_len) {
            best = s;
            best_len = len;
        }
    }
    return best;
}
