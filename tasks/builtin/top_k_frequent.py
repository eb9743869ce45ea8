"""The k most frequent values of a list."""

TAGS = ["hashing", "counting", "sorting"]
ENTRY_POINT = "top_k_frequent"
PROMPT = """
Write a Python function `top_k_frequent(xs: list[int], k: int) -> list[int]` that returns the `k`
most frequent distinct values of `xs`, most frequent first. Values that occur equally often are
ordered by value, smaller value first (this also decides which values make the cut at the
boundary). If `xs` has fewer than `k` distinct values, return all of them in that order; return
`[]` when `k == 0` or `xs` is empty. `xs` holds up to 5000 integers (possibly negative) and
`0 <= k <= 10^4`. Do not modify `xs`.
"""

EDGE_CASES = [
    ([[], 3], []),
    ([[1, 2, 3], 0], []),
    ([[7], 1], [7]),
    ([[1, 1, 1, 2, 2, 3], 2], [1, 2]),
    ([[3, 1, 2], 2], [1, 2]),
    ([[5, 5, 4, 4, 3], 1], [4]),
    ([[2, 2, -1, -1, 0], 3], [-1, 2, 0]),
    ([[4, 4, 1], 5], [4, 1]),
    ([[9, 8, 9, 8, 9, 7, 7, 7, 7], 2], [7, 9]),
    ([[0, 0, 0], 1], [0]),
]
VERSION = 2
MAX_N = 5000
SHAPES = ["random", "skewed", "all-distinct", "all-equal", "ties-at-cut", "extremes", "k-exceeds-distinct"]
PERF_SHAPE = "skewed"
"""A few hundred distinct values with skewed frequencies: enough distinct values that counting each
one with a pass over the list is costly, few enough that sorting does not dominate hashing."""


def _k(rng, d):
    return rng.choice((rng.randrange(0, d + 2), min(d, rng.randint(1, 20))))


def make_input(rng, n, shape):
    if shape == "skewed":
        values = rng.sample(range(-10**6, 10**6), min(400, max(n // 12, 1)))
        weights = [rng.randrange(1, 60) for _ in values]
        return [rng.choices(values, weights, k=n), 15]
    if shape == "all-distinct":                  # every count is 1: the value order alone decides
        return [rng.sample(range(-10**9, 10**9), n), rng.randrange(0, n + 2)]
    if shape == "all-equal":
        return [[rng.randrange(-10**9, 10**9)] * n, rng.randint(0, 3)]
    if shape == "ties-at-cut":                   # many values share the count at the k-th place
        d = max(1, n // 10)
        values = rng.sample(range(-10**5, 10**5), d)
        xs = [v for i, v in enumerate(values) for _ in range(5 + (i < d // 4))][:n]
        rng.shuffle(xs)
        return [xs, d // 2]
    if shape == "extremes":                      # values far beyond 2^20, negative and positive
        values = [-10**9, 10**9, -10**9 + 1, 10**9 - 1, 0, -1, 1 << 20, -(1 << 20)]
        return [[rng.choice(values) for _ in range(n)], rng.randint(1, 8)]
    if shape == "k-exceeds-distinct":
        xs = [rng.randrange(-50, 50) for _ in range(n)]
        return [xs, len(set(xs)) + rng.randint(1, 10**4)]
    span = rng.choice([3, 8, 20]) if n <= 60 else rng.choice([20, 300])
    xs = [rng.randrange(-span, span) for _ in range(n)]
    return [xs, _k(rng, 2 * span)]


REFERENCES = {
    "list-count": '''
def top_k_frequent(xs, k):
    distinct = []
    for x in xs:
        if x not in distinct:
            distinct.append(x)
    counted = [(xs.count(v), v) for v in distinct]
    counted.sort(key=lambda p: (-p[0], p[1]))
    return [v for _, v in counted[:k]]
''',
    "sort-runs": '''
def top_k_frequent(xs, k):
    runs = []
    s = sorted(xs)
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        runs.append((-(j - i), s[i]))
        i = j
    runs.sort()
    return [v for _, v in runs[:k]]
''',
    "counter-heap": '''
from collections import Counter
from heapq import nsmallest


def top_k_frequent(xs, k):
    counts = Counter(xs)
    return [v for _, v in nsmallest(k, ((-c, v) for v, c in counts.items()))]
''',
}

WRONG_SOLUTIONS = {
    "packed-20-bit-key": '''
from collections import Counter


def top_k_frequent(xs, k):
    # One integer sort key: count in the high bits, value in the low 20: right for small values only.
    counts = Counter(xs)
    return sorted(counts, key=lambda v: (-counts[v] << 20) + (v & 0xFFFFF))[:k]
''',
    "sorts-in-place": '''
def top_k_frequent(xs, k):
    xs.sort()
    runs = []
    i = 0
    while i < len(xs):
        j = i
        while j < len(xs) and xs[j] == xs[i]:
            j += 1
        runs.append((i - j, xs[i]))
        i = j
    runs.sort()
    return [v for _, v in runs[:k]]
''',
    "most-common-ties-by-first-seen": '''
from collections import Counter


def top_k_frequent(xs, k):
    return [v for v, _ in Counter(xs).most_common(k)]
''',
    "ties-larger-first": '''
from collections import Counter


def top_k_frequent(xs, k):
    counts = Counter(xs)
    return sorted(counts, key=lambda v: (counts[v], v), reverse=True)[:k]
''',
}
