"""Answer many range-minimum queries over a static array."""

TAGS = ["arrays", "range-queries"]
ENTRY_POINT = "range_min_queries"
PROMPT = """
Write a Python function `range_min_queries(a: list[int], queries: list[list[int]]) -> list[int]`.
Each query is a pair `[l, r]` with `0 <= l <= r < len(a)`; its answer is the smallest value among
`a[l], a[l+1], ..., a[r]` (both ends included). Return the answers in the order of the queries
(`[]` when there are no queries; `a` may then be empty too).

`a` holds up to 10^5 integers (possibly negative) and `queries` up to 10^5 pairs.
Do not modify the inputs.
"""

EDGE_CASES = [
    ([[], []], []),
    ([[5], []], []),
    ([[5], [[0, 0]]], [5]),
    ([[3, 1, 2], [[0, 2], [0, 0], [2, 2], [1, 2], [0, 1]]], [1, 3, 2, 1, 1]),
    ([[-1, -5, 3, -5], [[0, 3], [2, 3], [2, 2], [0, 0]]], [-5, -5, 3, -1]),
    ([[7, 7, 7, 7], [[1, 3], [0, 3]]], [7, 7]),
    ([[1, 2, 3, 4, 5, 6, 7, 8], [[3, 7], [7, 7], [0, 7], [4, 5]]], [4, 8, 1, 5]),
    ([[9, 8, 7, 6, 5, 4, 3, 2, 1], [[0, 8], [0, 4], [5, 6], [0, 0]]], [1, 5, 3, 9]),
    ([[4, 2, 5], [[1, 1], [1, 1], [0, 2]]], [2, 2, 2]),
]
RANDOM_CASES = 25


def random_case(rng):
    n = rng.randrange(1, 40)
    a = [rng.randrange(-50, 50) for _ in range(n)]
    queries = []
    for _ in range(rng.randrange(0, 30)):
        l = rng.randrange(n)
        queries.append([l, rng.randrange(l, n)])
    return [a, queries]


def perf_input(rng):
    n = 2000
    a = [rng.randrange(-10**9, 10**9) for _ in range(n)]
    queries = []
    for _ in range(3000):
        l, r = sorted((rng.randrange(n), rng.randrange(n)))
        queries.append([l, r])
    return [a, queries]


REFERENCES = {
    "slice-min": '''
def range_min_queries(a, queries):
    return [min(a[l:r + 1]) for l, r in queries]
''',
    "segment-tree": '''
def range_min_queries(a, queries):
    n = len(a)
    tree = [0] * n + list(a)
    for i in range(n - 1, 0, -1):
        left, right = tree[2 * i], tree[2 * i + 1]
        tree[i] = left if left < right else right
    out = []
    for l, r in queries:
        l += n
        r += n + 1
        best = tree[l]
        while l < r:
            if l & 1:
                if tree[l] < best:
                    best = tree[l]
                l += 1
            if r & 1:
                r -= 1
                if tree[r] < best:
                    best = tree[r]
            l >>= 1
            r >>= 1
        out.append(best)
    return out
''',
    "sparse-table": '''
def range_min_queries(a, queries):
    table = [list(a)]
    span = 1
    while 2 * span <= len(a):
        prev = table[-1]
        table.append([x if x < y else y for x, y in zip(prev, prev[span:])])
        span *= 2
    out = []
    for l, r in queries:
        row = table[(r - l + 1).bit_length() - 1]
        x, y = row[l], row[r + 1 - (1 << ((r - l + 1).bit_length() - 1))]
        out.append(x if x < y else y)
    return out
''',
}

WRONG_SOLUTIONS = {
    "exclusive-right-end": '''
def range_min_queries(a, queries):
    return [min(a[l:r]) if r > l else a[l] for l, r in queries]
''',
    "prefix-minimum": '''
from itertools import accumulate

def range_min_queries(a, queries):
    prefix = list(accumulate(a, min))
    return [prefix[r] for l, r in queries]
''',
    "sparse-off-by-one": '''
def range_min_queries(a, queries):
    table = [list(a)]
    span = 1
    while 2 * span <= len(a):
        prev = table[-1]
        table.append([min(x, y) for x, y in zip(prev, prev[span:])])
        span *= 2
    out = []
    for l, r in queries:
        k = (r - l).bit_length() - 1 if r > l else 0
        out.append(min(table[k][l], table[k][r - (1 << k)]))
    return out
''',
}
