/* Sum of the balances of accounts that are active, not frozen, and hold at least min_balance.  tags: structs, arrays, branches */
struct account {
    long id;
    int balance;
    unsigned char active;
    unsigned char frozen;
};

long total_active(const struct account *accts, int n, int min_balance) {
    long total = 0;
    for (int i = 0; i < n; i++) {
        const struct account *a = &accts[i];
        if (a->active && !a->frozen && a->balance >= min_balance) total += a->balance;
    }
    return total;
}
