"""Cheapest parenthesisation of a matrix chain product."""

TAGS = ["dynamic-programming"]
ENTRY_POINT = "matrix_chain_order"
PROMPT = """
Write a Python function `matrix_chain_order(dims: list[int]) -> int`. A chain of `len(dims) - 1`
matrices is to be multiplied in the given order; matrix `i` has `dims[i]` rows and `dims[i + 1]`
columns. Multiplying a `p x q` matrix by a `q x r` matrix costs `p * q * r` scalar
multiplications. Return the minimum total cost of computing the whole product over all ways of
parenthesising it. A chain of fewer than two matrices (`len(dims) <= 2`, including an empty
`dims`) costs 0. All dimensions are positive integers up to 1000, and `len(dims) <= 300`.
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
RANDOM_CASES = 25


def random_case(rng):
    n = rng.randrange(0, 9)
    return [[rng.randrange(1, 30) for _ in range(n)]]


def perf_input(rng):
    return [[rng.randrange(5, 500) for _ in range(55)]]


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
