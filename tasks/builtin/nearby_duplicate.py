"""Whether a list holds two equal values at most k positions apart."""

TAGS = ["hashing", "sliding-window"]
ENTRY_POINT = "nearby_duplicate"
PROMPT = """
Write a Python function `nearby_duplicate(a: list[int], k: int) -> bool` that returns True if
there are indices `i < j` with `a[i] == a[j]` and `j - i <= k`, and False otherwise (in
particular for an empty list, or when `k == 0`).

`a` holds up to 4000 integers, possibly negative; `0 <= k <= 10^5` (k may exceed `len(a)`).
Do not modify `a`.
"""

EDGE_CASES = [
    ([[], 0], False),
    ([[], 3], False),
    ([[1], 1], False),
    ([[1, 1], 0], False),
    ([[1, 1], 1], True),
    ([[1, 2, 3, 1], 3], True),
    ([[1, 2, 3, 1], 2], False),
    ([[1, 0, 1, 1], 1], True),
    ([[1, 2, 3, 1, 1], 1], True),
    ([[1, 2, 3, 1, 2, 3], 2], False),
    ([[-5, 3, -5], 2], True),
    ([[-5, 3, -5], 1], False),
    ([[7, 7, 7], 5], True),
    ([[1, 2, 3, 4], 10], False),
]
VERSION = 2
MAX_N = 4000
PERF_K = 200
SHAPES = ["random", "periodic", "period-k-plus-1", "distinct-big-k", "all-equal", "k-zero", "near-duplicates"]
PERF_SHAPE = "periodic"
"""Every value repeats just beyond the window, and the only close pair (at distance exactly k) is
the last one: every method scans to the end, the window methods at O(n*k)."""


def _distinct(rng, m):
    return rng.sample(range(-10**9, 10**9), m)


def make_input(rng, n, shape):
    if shape == "periodic":
        k = PERF_K if n > 2 * PERF_K else rng.randint(1, max(1, n))
        period = _distinct(rng, k + 40)
        a = [period[i % len(period)] for i in range(max(n - 1, 0))]
        if n:
            a.append(a[-k] if len(a) >= k else rng.randrange(-10**9, 10**9))
        return [a, k]
    if shape == "period-k-plus-1":              # equal values exactly k + 1 apart: always False
        k = rng.randint(1, min(300, max(1, n)))
        period = _distinct(rng, k + 1)
        return [[period[i % (k + 1)] for i in range(n)], k]
    if shape == "distinct-big-k":
        return [_distinct(rng, n), rng.randint(n, 10**5)]
    if shape == "all-equal":
        return [[rng.randrange(-10**9, 10**9)] * n, rng.choice((0, 1, n, 10**5))]
    if shape == "k-zero":
        return [[rng.randrange(-3, 3) for _ in range(n)], 0]
    if shape == "near-duplicates":               # values differ only in high bits: no duplicate at all
        base = rng.randrange(-10**6, 10**6)
        steps = rng.sample(range(1, 4 * n + 2), n)
        return [[base + (s << rng.choice((16, 20, 32))) for s in steps], rng.randint(1, 300)]
    span = rng.choice((12, 1000, 10**9)) if n > 60 else 12
    return [[rng.randrange(-span, span) for _ in range(n)], rng.randrange(0, min(300, n + 12))]


REFERENCES = {
    "pairwise-window": '''
def nearby_duplicate(a, k):
    n = len(a)
    for i in range(n):
        for j in range(i + 1, min(n, i + k + 1)):
            if a[i] == a[j]:
                return True
    return False
''',
    "slice-membership": '''
def nearby_duplicate(a, k):
    for i in range(len(a)):
        if a[i] in a[i + 1:i + k + 1]:
            return True
    return False
''',
    "last-index-dict": '''
def nearby_duplicate(a, k):
    last = {}
    for j, x in enumerate(a):
        i = last.get(x)
        if i is not None and j - i <= k:
            return True
        last[x] = j
    return False
''',
}

WRONG_SOLUTIONS = {
    "looks-back-64": '''
def nearby_duplicate(a, k):
    # Compares each value with the previous min(k, 64) only: right while k is small.
    for j in range(len(a)):
        if a[j] in a[max(0, j - min(k, 64)):j]:
            return True
    return False
''',
    "low-bits-table": '''
def nearby_duplicate(a, k):
    # Indexes a table by the low 16 bits of each value: right only while values are small.
    last = [None] * 65536
    for j, x in enumerate(a):
        i = last[x & 0xFFFF]
        if i is not None and j - i <= k:
            return True
        last[x & 0xFFFF] = j
    return False
''',
    "strict-distance": '''
def nearby_duplicate(a, k):
    last = {}
    for j, x in enumerate(a):
        if x in last and j - last[x] < k:
            return True
        last[x] = j
    return False
''',
    "ignores-distance": '''
def nearby_duplicate(a, k):
    return k > 0 and len(set(a)) < len(a)
''',
    "keeps-first-index": '''
def nearby_duplicate(a, k):
    first = {}
    for j, x in enumerate(a):
        if x in first:
            if j - first[x] <= k:
                return True
        else:
            first[x] = j
    return False
''',
}
