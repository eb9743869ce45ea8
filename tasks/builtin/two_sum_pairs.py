"""Count index pairs whose values add up to a target."""

TAGS = ["hashing", "counting"]
ENTRY_POINT = "two_sum_pairs"
PROMPT = """
Write a Python function `two_sum_pairs(a: list[int], t: int) -> int` that returns the number of
index pairs `(i, j)` with `0 <= i < j < len(a)` and `a[i] + a[j] == t`. Pairs are counted by
index, so equal values at different positions form distinct pairs (for `a = [2, 2, 2]` and
`t = 4` the answer is 3). Values and `t` may be negative and lie within -10^9..10^9; `a` holds up
to 10^5 integers and may be empty (answer 0). Do not modify `a`.
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
RANDOM_CASES = 25


def random_case(rng):
    n = rng.randrange(0, 40)
    a = [rng.randrange(-8, 9) for _ in range(n)]
    return [a, rng.randrange(-10, 11)]


def perf_input(rng):
    a = [rng.randrange(-80, 81) for _ in range(1000)]
    return [a, 37]


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
