/* Number of words (maximal runs of characters other than ASCII white space) in a string.  tags: strings */
int count_words(const char *s) {
    int words = 0, in_word = 0;
    for (; *s; s++) {
        int space = *s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\v' || *s == '\f';
        if (!space && !in_word) words++;
        in_word = !space;
    }
    return words;
}
