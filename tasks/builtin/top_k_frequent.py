"""The k most frequent values of a list."""

TAGS = ["hashing", "counting", "sorting"]
ENTRY_POINT = "top_k_frequent"
PROMPT = """
Write a Python function `top_k_frequent(xs: list[int], k: int) -> list[int]` that returns the `k`
most frequent distinct values of `xs`, most frequent first. Values that occur equally often are
ordered by value, smaller value first (this also decides which values make the cut at the
boundary). If `xs` has fewer than `k` distinct values, return all of them in that order; return
`[]` when `k == 0` or `xs` is empty. `xs` holds up to 10^6 integers (possibly negative) and
`0 <= k <= 10^6`. Do not modify `xs`.
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
RANDOM_CASES = 25


def random_case(rng):
    n = rng.randrange(0, 40)
    span = rng.choice([3, 8, 20])
    xs = [rng.randrange(-span, span) for _ in range(n)]
    return [xs, rng.randrange(0, 2 * span)]


def perf_input(rng):
    values = rng.sample(range(-10**6, 10**6), 200)
    weights = [rng.randrange(1, 60) for _ in values]
    return [rng.choices(values, weights, k=8000), 15]


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
