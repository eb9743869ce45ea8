/* Whether a string reads the same backwards, looking only at ASCII letters and digits and ignoring case.  tags: strings, early-exit */
#include <string.h>

static int alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c; }

int is_palindrome(const char *s) {
    size_t i = 0, j = strlen(s);
    while (i < j) {
        if (!alnum(s[i])) {
            i++;
            continue;
        }
        if (!alnum(s[j - 1])) {
            j--;
            continue;
        }
        if (lower(s[i]) != lower(s[j - 1])) return 0;
        i++;
        j--;
    }
    return 1;
}
