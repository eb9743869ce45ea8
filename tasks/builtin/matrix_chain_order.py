"""Cheapest parenthesisation of a matrix chain product."""

TAGS = ["dynamic-programming"]
ENTRY_POINT = "matrix_chain_order"
PROMPT = """
Write a Python function `matrix_chain_order(dims: list[int]) -> int`. A chain of `len(dims) - 1`
matrices is to be multiplied in the given order; matrix `i` has `dims[i]` rows and `dims[i + 1]`
columns. Multiplying a `p x q` matrix by a `q x r` matrix costs `p * q * r` scalar
multiplications. Return the minimum total cost of computing the whole product over all ways of
parenthesising it. A chain of fewer than two matrices (`len(dims) <= 2`, including an empty
`dims`) costs 0. All dimensions are positive integers up to 1000, and `len(dims) <= 60`.
"""

EDGE_CASES = [
    ([[]], 0),
    ([[5]], 0),
    ([[10, 20]], 0),
    ([[10, 20, 30]], 6000),
    ([[10, 20, 30, 40, 30]], 30000),
    ([[40, 20, 30, 10, 30]], 26000),
    ([[1, 2, 3, 4]], 18),
    ([[5, 10, 3, 12, 5, 50, 6]], 2010),
    ([[2, 2, 2, 2]], 16),
    ([[30, 35, 15, 5, 10, 20, 25]], 15125),
]
VERSION = 2
MAX_N = 60
SMALL_N = 9
SHAPES = ["random", "all-equal", "rising", "falling", "extremes", "greedy-trap"]
PERF_SHAPE = "random"
"""Random dimensions: every sub-chain is different, so memoising on the dimension tuples cannot
share work between positions and all three tiers do their full O(n^3) (plus hashing) work."""


def make_input(rng, n, shape):
    if shape == "all-equal":
        return [[rng.randint(1, 1000)] * n]
    if shape == "rising":
        return [sorted(rng.randint(1, 1000) for _ in range(n))]
    if shape == "falling":
        return [sorted((rng.randint(1, 1000) for _ in range(n)), reverse=True)]
    if shape == "extremes":                      # costs far beyond 2^31
        return [[rng.choice((1, 1000, 999)) for _ in range(n)]]
    if shape == "greedy-trap":                   # small dimensions hidden between large ones
        return [[rng.randint(1, 5) if i % 3 == 1 else rng.randint(500, 1000) for i in range(n)]]
    top = 30 if n <= SMALL_N else 1000
    return [[rng.randint(1, top) for _ in range(n)]]


REFERENCES = {
    "memo-on-sublists": '''
def matrix_chain_order(dims):
    memo = {}

    def best(d):
        if len(d) <= 2:
            return 0
        if d in memo:
            return memo[d]
        result = min(best(d[:k + 1]) + best(d[k:]) + d[0] * d[k] * d[-1] for k in range(1, len(d) - 1))
        memo[d] = result
        return result

    return best(tuple(dims))
''',
    "memo-on-indices": '''
from functools import lru_cache


def matrix_chain_order(dims):
    if len(dims) <= 2:
        return 0

    @lru_cache(maxsize=None)
    def best(i, j):
        if j - i < 2:
            return 0
        return min(best(i, k) + best(k, j) + dims[i] * dims[k] * dims[j] for k in range(i + 1, j))

    return best(0, len(dims) - 1)
''',
    "bottom-up-table": '''
def matrix_chain_order(dims):
    n = len(dims) - 1
    if n < 2:
        return 0
    cost = [[0] * (n + 1) for _ in range(n + 1)]
    for length in range(2, n + 1):
        for i in range(0, n - length + 1):
            j = i + length
            di_dj = dims[i] * dims[j]
            best = None
            for k in range(i + 1, j):
                c = cost[i][k] + cost[k][j] + di_dj * dims[k]
                if best is None or c < best:
                    best = c
            cost[i][j] = best
    return cost[0][n]
''',
}

WRONG_SOLUTIONS = {
    "int32-costs": '''
def matrix_chain_order(dims):
    # The bottom-up table with costs wrapped to a signed 32-bit range, as fixed-width code would.
    def wrap(v):
        return (v + 2**31) % 2**32 - 2**31
    n = len(dims) - 1
    if n < 2:
        return 0
    cost = [[0] * (n + 1) for _ in range(n + 1)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length
            cost[i][j] = min(wrap(cost[i][k] + cost[k][j] + dims[i] * dims[k] * dims[j]) for k in range(i + 1, j))
    return cost[0][n]
''',
    "splits-near-ends": '''
def matrix_chain_order(dims):
    # Tries only split points within 4 of either end of each sub-chain: right for short chains.
    n = len(dims) - 1
    if n < 2:
        return 0
    cost = [[0] * (n + 1) for _ in range(n + 1)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length
            ks = set(range(i + 1, min(j, i + 5))) | set(range(max(i + 1, j - 4), j))
            cost[i][j] = min(cost[i][k] + cost[k][j] + dims[i] * dims[k] * dims[j] for k in ks)
    return cost[0][n]
''',
    "left-to-right-only": '''
def matrix_chain_order(dims):
    if len(dims) <= 2:
        return 0
    total = 0
    rows = dims[0]
    for k in range(1, len(dims) - 1):
        total += rows * dims[k] * dims[k + 1]
    return total
''',
    "greedy-cheapest-pair": '''
def matrix_chain_order(dims):
    d = list(dims)
    total = 0
    while len(d) > 2:
        k = min(range(1, len(d) - 1), key=lambda i: d[i - 1] * d[i] * d[i + 1])
        total += d[k - 1] * d[k] * d[k + 1]
        del d[k]
    return total
''',
}
