/* Levenshtein distance between two strings of at most 255 characters, keeping one row of the table.  tags: strings, dynamic-programming */
#include <string.h>

int edit_distance(const char *a, const char *b) {
    int m = (int)strlen(a), n = (int)strlen(b);
    int row[256];
    for (int j = 0; j <= n; j++) row[j] = j;
    for (int i = 1; i <= m; i++) {
        int diag = row[0];
        row[0] = i;
        for (int j = 1; j <= n; j++) {
            int up = row[j];
            int best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[n];
}
