/* Sum over a binary tree of each node's value times its depth (the root has depth 1), recursively.  tags: recursion, structs, pointers */
struct node {
    long value;
    struct node *left, *right;
};

static long walk(const struct node *t, long depth) {
    if (!t) return 0;
    return t->value * depth + walk(t->left, depth + 1) + walk(t->right, depth + 1);
}

long tree_weighted_sum(const struct node *root) { return walk(root, 1); }
