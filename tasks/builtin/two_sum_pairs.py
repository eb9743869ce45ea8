"""Count index pairs whose values add up to a target."""

TAGS = ["hashing", "counting"]
ENTRY_POINT = "two_sum_pairs"
PROMPT = """
Write a Python function `two_sum_pairs(a: list[int], t: int) -> int` that returns the number of
index pairs `(i, j)` with `0 <= i < j < len(a)` and `a[i] + a[j] == t`. Pairs are counted by
index, so equal values at different positions form distinct pairs (for `a = [2, 2, 2]` and
`t = 4` the answer is 3). Values and `t` may be negative and lie within -10^9..10^9; `a` holds up
to 1000 integers and may be empty (answer 0). Do not modify `a`.
"""

EDGE_CASES = [
    ([[], 5], 0),
    ([[5], 10], 0),
    ([[2, 2, 2], 4], 3),
    ([[1, 2, 3, 4], 5], 2),
    ([[1, 5, 7, -1, 5], 6], 3),
    ([[3, 3], 6], 1),
    ([[3, 3], 5], 0),
    ([[-2, 0, 2, -2, 4], 2], 3),
    ([[0, 0, 0, 0], 0], 6),
    ([[1, 1, 1, 2, 2], 3], 6),
    ([[4, 1, 3], 8], 0),
]
VERSION = 2
MAX_N = 1000
SHAPES = ["random", "dense", "all-equal", "half-target", "extremes", "no-pairs"]
PERF_SHAPE = "dense"
"""Values from a small range: many equal values and many pairs, so counting distinct values pays
off over a pass per element, and the all-pairs loop does its full quadratic work."""


def make_input(rng, n, shape):
    if shape == "dense":
        return [[rng.randrange(-80, 81) for _ in range(n)], rng.randrange(-40, 41)]
    if shape == "all-equal":                     # every pair counts: n(n-1)/2
        v = rng.randrange(-10**9, 10**9 + 1)
        return [[v] * n, 2 * v if abs(2 * v) <= 10**9 else v]
    if shape == "half-target":                   # t/2 repeated among other values: the x == t - x case
        t = 2 * rng.randrange(-1000, 1000)
        return [[rng.choice((t // 2, t // 2, rng.randrange(-2000, 2000))) for _ in range(n)], t]
    if shape == "extremes":
        t = rng.choice((0, 10**9, -10**9))
        return [[rng.choice((-10**9, 10**9, 0, t, -t // 2)) for _ in range(n)], t]
    if shape == "no-pairs":                      # all values even, odd target
        return [[2 * rng.randrange(-10**8, 10**8) for _ in range(n)], 2 * rng.randrange(-10**8, 10**8) + 1]
    if n <= 60:
        return [[rng.randrange(-8, 9) for _ in range(n)], rng.randrange(-10, 11)]
    a = [rng.randrange(-10**9, 10**9 + 1) for _ in range(n)]
    i, j = rng.randrange(n), rng.randrange(n)
    t = a[i] + a[j]
    return [a, t if abs(t) <= 10**9 else a[i]]


REFERENCES = {
    "all-pairs": '''
def two_sum_pairs(a, t):
    n = len(a)
    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            if a[i] + a[j] == t:
                count += 1
    return count
''',
    "hash-one-pass": '''
def two_sum_pairs(a, t):
    seen = {}
    count = 0
    for x in a:
        count += seen.get(t - x, 0)
        seen[x] = seen.get(x, 0) + 1
    return count
''',
    "counter-distinct": '''
from collections import Counter


def two_sum_pairs(a, t):
    counts = Counter(a)
    total = 0
    for x, cx in counts.items():
        y = t - x
        if x < y:
            total += cx * counts.get(y, 0)
        elif x == y:
            total += cx * (cx - 1) // 2
    return total
''',
}

WRONG_SOLUTIONS = {
    "sorts-in-place": '''
def two_sum_pairs(a, t):
    # Sort and walk two pointers inward, counting runs of equal values: but sorts the caller's list.
    a.sort()
    lo, hi, count = 0, len(a) - 1, 0
    while lo < hi:
        s = a[lo] + a[hi]
        if s < t:
            lo += 1
        elif s > t:
            hi -= 1
        elif a[lo] == a[hi]:
            m = hi - lo + 1
            count += m * (m - 1) // 2
            break
        else:
            i, j = lo, hi
            while a[i] == a[lo]:
                i += 1
            while a[j] == a[hi]:
                j -= 1
            count += (i - lo) * (hi - j)
            lo, hi = i, j
    return count
''',
    "two-pointer-ignores-runs": '''
def two_sum_pairs(a, t):
    b = sorted(a)
    lo, hi, count = 0, len(b) - 1, 0
    while lo < hi:
        s = b[lo] + b[hi]
        if s < t:
            lo += 1
        elif s > t:
            hi -= 1
        else:
            count += 1
            lo += 1
            hi -= 1
    return count
''',
    "small-value-table": '''
def two_sum_pairs(a, t):
    # Counts values in a table indexed by value + 2**16: right only for small values.
    off = 1 << 16
    seen = [0] * (2 * off + 1)
    count = 0
    for x in a:
        y = t - x + off
        if 0 <= y < len(seen):
            count += seen[y]
        if 0 <= x + off < len(seen):
            seen[x + off] += 1
    return count
''',
    "distinct-values": '''
def two_sum_pairs(a, t):
    s = set(a)
    return sum(1 for x in s if t - x in s and x < t - x)
''',
    "counts-self-pairs": '''
from collections import Counter


def two_sum_pairs(a, t):
    counts = Counter(a)
    total = 0
    for x, cx in counts.items():
        total += cx * counts.get(t - x, 0)
    return total // 2
''',
}
