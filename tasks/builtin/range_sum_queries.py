"""Answer many rectangle-sum queries over a matrix."""

TAGS = ["prefix-sums", "matrices"]
ENTRY_POINT = "range_sum_queries"
PROMPT = """
Write a Python function `range_sum_queries(matrix: list[list[int]], queries: list[list[int]]) -> list[int]`.
`matrix` is a rectangular list of rows of integers (values may be negative, |value| <= 10^6), with
up to 100 rows and 100 columns. Each query is `[r1, c1, r2, c2]` with
`0 <= r1 <= r2 < rows` and `0 <= c1 <= c2 < cols`, and asks for the sum of all `matrix[r][c]` with
`r1 <= r <= r2` and `c1 <= c <= c2` (both corners included). Return the answers in query order;
there may be up to 500 queries, and `queries` may be empty (return `[]`; `matrix` is then still
non-empty). Do not modify the arguments.
"""

EDGE_CASES = [
    ([[[5]], []], []),
    ([[[5]], [[0, 0, 0, 0]]], [5]),
    ([[[1, 2], [3, 4]], [[0, 0, 1, 1], [0, 1, 1, 1], [1, 0, 1, 0], [0, 0, 0, 1]]], [10, 6, 3, 3]),
    ([[[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 1, 2, 2], [0, 0, 2, 2], [0, 2, 2, 2], [2, 0, 2, 2]]], [28, 45, 18, 24]),
    ([[[-1, -2, 3], [4, -5, 6]], [[0, 0, 1, 2], [0, 1, 1, 1], [1, 1, 1, 1]]], [5, -7, -5]),
    ([[[1, 2, 3, 4]], [[0, 1, 0, 2], [0, 0, 0, 3], [0, 3, 0, 3]]], [5, 10, 4]),
    ([[[1], [2], [3]], [[0, 0, 2, 0], [1, 0, 1, 0], [1, 0, 2, 0]]], [6, 2, 5]),
    ([[[0, 0], [0, 0]], [[0, 0, 1, 1], [0, 0, 1, 1]]], [0, 0]),
]
VERSION = 2
MAX_N = 100
QUERIES_PER_N = 5
SHAPES = ["random", "full-queries", "cell-queries", "single-row", "single-column", "extremes", "tall"]
PERF_SHAPE = "random"
"""An n x n matrix and 5n queries with random corners (a ninth of the matrix on average): summing
each rectangle is O(n^2) per query, row prefix sums O(n) per query, a 2-D prefix table O(1)."""


def _query(rng, rows, cols):
    r1, r2 = sorted((rng.randrange(rows), rng.randrange(rows)))
    c1, c2 = sorted((rng.randrange(cols), rng.randrange(cols)))
    return [r1, c1, r2, c2]


def _matrix(rng, rows, cols, lo=-1000, hi=1000):
    return [[rng.randrange(lo, hi + 1) for _ in range(cols)] for _ in range(rows)]


def make_input(rng, n, shape):
    n = max(n, 1)
    q = QUERIES_PER_N * n
    if shape == "full-queries":
        return [_matrix(rng, n, n), [[0, 0, n - 1, n - 1]] * rng.randint(1, 10)]
    if shape == "cell-queries":
        return [_matrix(rng, n, n), [[r, c, r, c] for r, c in ((rng.randrange(n), rng.randrange(n)) for _ in range(q))]]
    if shape == "single-row":                    # 1 x n: catches code that takes the width from the height
        return [_matrix(rng, 1, n), [_query(rng, 1, n) for _ in range(q)]]
    if shape == "single-column":
        return [_matrix(rng, n, 1), [_query(rng, n, 1) for _ in range(q)]]
    if shape == "extremes":                      # sums far beyond 2^31
        m = [[rng.choice((10**6, -10**6, 10**6 - 1)) if rng.random() < 0.9 else 10**6 for _ in range(n)] for _ in range(n)]
        return [m, [_query(rng, n, n) for _ in range(q)]]
    if shape == "tall":                          # n x (n // 4 + 1): not square
        cols = n // 4 + 1
        return [_matrix(rng, n, cols), [_query(rng, n, cols) for _ in range(q)]]
    if n <= 60:
        rows, cols = rng.randrange(1, 8), rng.randrange(1, 8)
        return [_matrix(rng, rows, cols, -20, 20), [_query(rng, rows, cols) for _ in range(rng.randrange(0, 12))]]
    return [_matrix(rng, n, n), [_query(rng, n, n) for _ in range(q)]]


REFERENCES = {
    "direct-sum": '''
def range_sum_queries(matrix, queries):
    out = []
    for r1, c1, r2, c2 in queries:
        total = 0
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                total += matrix[r][c]
        out.append(total)
    return out
''',
    "row-prefix": '''
def range_sum_queries(matrix, queries):
    prefix = []
    for row in matrix:
        acc = [0]
        for v in row:
            acc.append(acc[-1] + v)
        prefix.append(acc)
    out = []
    for r1, c1, r2, c2 in queries:
        total = 0
        for r in range(r1, r2 + 1):
            total += prefix[r][c2 + 1] - prefix[r][c1]
        out.append(total)
    return out
''',
    "table-prefix": '''
from itertools import accumulate


def range_sum_queries(matrix, queries):
    cols = len(matrix[0])
    above = [0] * (cols + 1)
    table = [above]
    for row in matrix:
        above = [a + b for a, b in zip(above, accumulate(row, initial=0))]
        table.append(above)
    out = []
    for r1, c1, r2, c2 in queries:
        lo, hi = table[r1], table[r2 + 1]
        out.append(hi[c2 + 1] - hi[c1] - lo[c2 + 1] + lo[c1])
    return out
''',
}

WRONG_SOLUTIONS = {
    "int32-table": '''
def range_sum_queries(matrix, queries):
    # A 2-D prefix table whose entries wrap in a signed 32-bit range, as fixed-width code would.
    def wrap(v):
        return (v + 2**31) % 2**32 - 2**31
    rows, cols = len(matrix), len(matrix[0])
    t = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows):
        for c in range(cols):
            t[r + 1][c + 1] = wrap(matrix[r][c] + t[r][c + 1] + t[r + 1][c] - t[r][c])
    return [wrap(t[r2 + 1][c2 + 1] - t[r1][c2 + 1] - t[r2 + 1][c1] + t[r1][c1]) for r1, c1, r2, c2 in queries]
''',
    "square-assumed": '''
def range_sum_queries(matrix, queries):
    n = len(matrix)
    t = [[0] * (n + 1) for _ in range(n + 1)]
    for r in range(n):
        for c in range(min(n, len(matrix[r]))):
            t[r + 1][c + 1] = matrix[r][c] + t[r][c + 1] + t[r + 1][c] - t[r][c]
    out = []
    for r1, c1, r2, c2 in queries:
        c1, c2 = min(c1, n - 1), min(c2, n - 1)
        out.append(t[r2 + 1][c2 + 1] - t[r1][c2 + 1] - t[r2 + 1][c1] + t[r1][c1])
    return out
''',
    "prefix-in-place": '''
def range_sum_queries(matrix, queries):
    # Turns the caller's rows into prefix sums instead of copying them.
    for row in matrix:
        for c in range(1, len(row)):
            row[c] += row[c - 1]
    out = []
    for r1, c1, r2, c2 in queries:
        total = 0
        for r in range(r1, r2 + 1):
            total += matrix[r][c2] - (matrix[r][c1 - 1] if c1 else 0)
        out.append(total)
    return out
''',
    "exclusive-corner": '''
def range_sum_queries(matrix, queries):
    return [sum(sum(row[c1:c2]) for row in matrix[r1:r2]) for r1, c1, r2, c2 in queries]
''',
    "swapped-axes": '''
def range_sum_queries(matrix, queries):
    out = []
    for r1, c1, r2, c2 in queries:
        total = 0
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                total += matrix[min(c, len(matrix) - 1)][min(r, len(matrix[0]) - 1)]
        out.append(total)
    return out
''',
}
