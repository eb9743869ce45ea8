"""The value occurring in more than half of a list, if any."""

TAGS = ["hashing", "counting"]
ENTRY_POINT = "majority_element"
PROMPT = """
Write a Python function `majority_element(xs: list[int]) -> int | None` that returns the value
occurring strictly more than `len(xs) / 2` times in `xs`, or `None` if no value does (in
particular for an empty list, and when the most frequent value fills exactly half of the list).

`xs` holds up to 1500 integers, possibly negative. Do not modify `xs`.
"""

EDGE_CASES = [
    ([[]], None),
    ([[5]], 5),
    ([[0]], 0),
    ([[1, 2]], None),
    ([[2, 2]], 2),
    ([[1, 2, 1]], 1),
    ([[0, 0, 1]], 0),
    ([[3, 3, 4, 4]], None),
    ([[-1, -1, 2]], -1),
    ([[0, 0, 0, 1, 1, 1]], None),
    ([[7, 1, 7, 2, 7, 3, 7]], 7),
    ([[1, 2, 3]], None),
    ([[4, 5, 5, 4, 5]], 5),
    ([[10**12, -10**12, 10**12]], 10**12),
]
VERSION = 2
MAX_N = 1500
SHAPES = ["random", "exact-half", "just-majority", "late-majority", "all-equal", "all-distinct", "extremes"]
PERF_SHAPE = "exact-half"
"""The most frequent value fills exactly half of the list: there is no majority, so no method can
stop early, and counting every value separately does its full quadratic work."""


def _shuffled(rng, v, k, n, lo, hi):
    xs = [v] * k + [rng.randrange(lo, hi) for _ in range(n - k)]
    rng.shuffle(xs)
    return xs


def make_input(rng, n, shape):
    if shape == "exact-half":
        return [_shuffled(rng, rng.randrange(10**8, 10**9), n // 2, n, 10**8, 10**9)]
    if shape == "just-majority":
        return [_shuffled(rng, rng.randrange(-10**9, 10**9), n // 2 + 1, n, -10**9, 10**9)]
    if shape == "late-majority":                  # the majority value fills the tail: a prefix does not show it
        k = n // 2 + 1
        xs = [rng.randrange(-10**9, 10**9) for _ in range(n - k)] + [rng.randrange(-10**9, 10**9)] * k
        back = list(range(n // 2, n))
        for _ in range(n // 8):                   # mix the back half a little
            i, j = rng.choice(back), rng.choice(back)
            xs[i], xs[j] = xs[j], xs[i]
        return [xs]
    if shape == "all-equal":
        return [[rng.randrange(-10**9, 10**9)] * n]
    if shape == "all-distinct":
        return [rng.sample(range(-10**9, 10**9), n)]
    if shape == "extremes":                       # huge magnitudes, two values: a majority or an exact tie
        k = rng.choice((n // 2, n // 2 + 1))
        return [rng.sample([-10**18] * k + [10**18] * (n - k), n)]
    if n and rng.random() < 0.5:
        v = rng.randrange(-5, 5)
        k = rng.choice([n // 2, n // 2 + 1, n])
        return [_shuffled(rng, v, k, n, -5, 5)]
    return [[rng.randrange(-3, 3) for _ in range(n)]]


REFERENCES = {
    "count-each": '''
def majority_element(xs):
    for x in xs:
        if xs.count(x) > len(xs) // 2:
            return x
    return None
''',
    "dict-count": '''
def majority_element(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    for x, c in counts.items():
        if 2 * c > len(xs):
            return x
    return None
''',
    "sort-median": '''
def majority_element(xs):
    # A majority value, if there is one, must sit in the middle of the sorted list.
    if not xs:
        return None
    candidate = sorted(xs)[len(xs) // 2]
    return candidate if 2 * xs.count(candidate) > len(xs) else None
''',
}

WRONG_SOLUTIONS = {
    "candidate-from-prefix": '''
from collections import Counter

def majority_element(xs):
    # Picks the candidate among the first 256 values only, then verifies it: right for short lists.
    if not xs:
        return None
    candidate = Counter(xs[:256]).most_common(1)[0][0]
    return candidate if 2 * xs.count(candidate) > len(xs) else None
''',
    "sorts-in-place": '''
def majority_element(xs):
    if not xs:
        return None
    xs.sort()
    candidate = xs[len(xs) // 2]
    return candidate if 2 * xs.count(candidate) > len(xs) else None
''',
    "unverified-median": '''
def majority_element(xs):
    return sorted(xs)[len(xs) // 2] if xs else None
''',
    "unverified-vote": '''
def majority_element(xs):
    candidate, votes = None, 0
    for x in xs:
        if votes == 0:
            candidate = x
        votes += 1 if x == candidate else -1
    return candidate
''',
    "at-least-half": '''
from collections import Counter

def majority_element(xs):
    if not xs:
        return None
    value, count = Counter(xs).most_common(1)[0]
    return value if 2 * count >= len(xs) else None
''',
    "most-common-always": '''
from collections import Counter

def majority_element(xs):
    return Counter(xs).most_common(1)[0][0] if xs else None
''',
}
