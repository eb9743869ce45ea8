"""Answer many range-minimum queries over a static array."""

TAGS = ["arrays", "range-queries"]
ENTRY_POINT = "range_min_queries"
PROMPT = """
Write a Python function `range_min_queries(a: list[int], queries: list[list[int]]) -> list[int]`.
Each query is a pair `[l, r]` with `0 <= l <= r < len(a)`; its answer is the smallest value among
`a[l], a[l+1], ..., a[r]` (both ends included). Return the answers in the order of the queries
(`[]` when there are no queries; `a` may then be empty too).

`a` holds up to 2500 integers (possibly negative) and `queries` up to 2500 pairs.
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
VERSION = 2
MAX_N = 2500
SHAPES = ["random", "rising", "falling", "all-equal", "point-queries", "full-range", "long-queries", "extremes"]
PERF_SHAPE = "random"
"""``n`` values and ``n`` queries with uniformly random ends (a third of the array on average):
a slice per query is O(n * q), a segment tree O(log n) and a sparse table O(1) per query."""


def _queries(rng, n, q, lo_len=1):
    out = []
    for _ in range(q):
        length = rng.randint(lo_len, n)
        l = rng.randrange(n - length + 1)
        out.append([l, l + length - 1])
    return out


def _uniform(rng, n, q):
    out = []
    for _ in range(q):
        l, r = sorted((rng.randrange(n), rng.randrange(n)))
        out.append([l, r])
    return out


def make_input(rng, n, shape):
    if n == 0:
        return [[], []]
    if shape == "rising":                        # the minimum of a range sits at its left end
        return [sorted(rng.randrange(-10**9, 10**9) for _ in range(n)), _uniform(rng, n, n)]
    if shape == "falling":                       # ... at its right end
        return [sorted((rng.randrange(-10**9, 10**9) for _ in range(n)), reverse=True), _uniform(rng, n, n)]
    if shape == "all-equal":
        return [[rng.randrange(-10**9, 10**9)] * n, _uniform(rng, n, n)]
    if shape == "point-queries":
        return [[rng.randrange(-10**9, 10**9) for _ in range(n)], [[i, i] for i in (rng.randrange(n) for _ in range(n))]]
    if shape == "full-range":
        return [[rng.randrange(-10**9, 10**9) for _ in range(n)], [[0, n - 1]] * rng.randint(1, 20)]
    if shape == "long-queries":                  # a V-shaped array and ranges over 2^11 long around its middle
        a = [abs(2 * i - n) * 1000 + rng.randrange(0, 1000) for i in range(n)]
        return [a, _queries(rng, n, max(1, n // 20), lo_len=max(1, min(n, 2 * 1024 + 2, n * 9 // 10)))]
    if shape == "extremes":
        return [[rng.choice((-10**9, 10**9, 0)) for _ in range(n)], _uniform(rng, n, n)]
    if n <= 60:
        return [[rng.randrange(-50, 50) for _ in range(n)], _uniform(rng, n, rng.randrange(0, 30))]
    return [[rng.randrange(-10**9, 10**9) for _ in range(n)], _uniform(rng, n, n)]


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
    "sparse-capped-2^10": '''
def range_min_queries(a, queries):
    # Builds levels up to spans of 2**10 only, and answers longer ranges from the top level.
    table = [list(a)]
    span = 1
    while 2 * span <= len(a) and len(table) <= 10:
        prev = table[-1]
        table.append([x if x < y else y for x, y in zip(prev, prev[span:])])
        span *= 2
    out = []
    for l, r in queries:
        k = min((r - l + 1).bit_length() - 1, len(table) - 1)
        x, y = table[k][l], table[k][r + 1 - (1 << k)]
        out.append(x if x < y else y)
    return out
''',
    "sorts-queries-in-place": '''
def range_min_queries(a, queries):
    # Sorts the queries by left end to reuse work, but sorts the caller's list.
    order = {}
    for i, q in enumerate(queries):
        order.setdefault(tuple(q), []).append(i)
    queries.sort()
    out = [0] * len(queries)
    for l, r in queries:
        for i in order[(l, r)]:
            out[i] = min(a[l:r + 1])
    return out
''',
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
