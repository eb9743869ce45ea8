"""Answer many rectangle-sum queries over a matrix."""

TAGS = ["prefix-sums", "matrices"]
ENTRY_POINT = "range_sum_queries"
PROMPT = """
Write a Python function `range_sum_queries(matrix: list[list[int]], queries: list[list[int]]) -> list[int]`.
`matrix` is a rectangular list of rows of integers (values may be negative, |value| <= 10^6), with
up to 500 rows and 500 columns. Each query is `[r1, c1, r2, c2]` with
`0 <= r1 <= r2 < rows` and `0 <= c1 <= c2 < cols`, and asks for the sum of all `matrix[r][c]` with
`r1 <= r <= r2` and `c1 <= c <= c2` (both corners included). Return the answers in query order;
there may be up to 10^5 queries, and `queries` may be empty (return `[]`; `matrix` is then still
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
RANDOM_CASES = 20


def _query(rng, rows, cols):
    r1, r2 = sorted((rng.randrange(rows), rng.randrange(rows)))
    c1, c2 = sorted((rng.randrange(cols), rng.randrange(cols)))
    return [r1, c1, r2, c2]


def random_case(rng):
    rows, cols = rng.randrange(1, 8), rng.randrange(1, 8)
    matrix = [[rng.randrange(-20, 21) for _ in range(cols)] for _ in range(rows)]
    queries = [_query(rng, rows, cols) for _ in range(rng.randrange(0, 12))]
    return [matrix, queries]


def perf_input(rng):
    rows, cols = 100, 100
    matrix = [[rng.randrange(-1000, 1001) for _ in range(cols)] for _ in range(rows)]
    queries = [_query(rng, rows, cols) for _ in range(500)]
    return [matrix, queries]


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
