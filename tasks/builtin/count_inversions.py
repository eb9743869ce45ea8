"""Count the inversions of a list."""

TAGS = ["sorting", "divide-and-conquer"]
VERSION = 2
ENTRY_POINT = "count_inversions"
PROMPT = """
Write a Python function `count_inversions(xs: list[int]) -> int` that returns the number of index
pairs `(i, j)` with `i < j` and `xs[i] > xs[j]` (equal values are not an inversion). Return 0 for
an empty list. Values may be negative and may repeat; `xs` holds up to 1000 integers, each
between -10^9 and 10^9. Do not modify `xs`.
"""

EDGE_CASES = [
    ([[]], 0),
    ([[9]], 0),
    ([[1, 2, 3]], 0),
    ([[3, 2, 1]], 3),
    ([[2, 2, 2]], 0),
    ([[2, 1, 2, 1]], 3),
    ([[2, 4, 1, 3, 5]], 3),
    ([[-1, -3, 2, -2]], 3),
    ([[5, 4, 3, 2, 1, 0]], 15),
    ([[1, 3, 2, 3, 1]], 4),
]
MAX_N = 1000
SHAPES = ["random", "sorted", "reversed", "all-equal", "few-distinct", "extremes"]
PERF_SHAPE = "random"
BOUND = 10**9


def make_input(rng, n, shape):
    """``n`` integers over the whole stated range.

    ``reversed`` has the most inversions; ``few-distinct``/``all-equal`` have many equal pairs
    (which are not inversions); ``extremes`` uses values near ``±10^9`` (a value packed into a
    20-bit field or a table over a small value range breaks).
    """
    if shape == "random":
        return [[rng.randint(-BOUND, BOUND) for _ in range(n)]]
    if shape == "sorted":
        return [sorted(rng.randint(-BOUND, BOUND) for _ in range(n))]
    if shape == "reversed":
        return [sorted((rng.randint(-BOUND, BOUND) for _ in range(n)), reverse=True)]
    if shape == "all-equal":
        return [[rng.randint(-BOUND, BOUND)] * n]
    if shape == "few-distinct":
        return [[rng.randint(-2, 2) for _ in range(n)]]
    if shape == "extremes":
        return [[rng.choice((-1, 1)) * (BOUND - rng.randint(0, 3)) for _ in range(n)]]
    raise ValueError(shape)


REFERENCES = {
    "all-pairs": '''
def count_inversions(xs):
    n = len(xs)
    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            if xs[i] > xs[j]:
                count += 1
    return count
''',
    "merge-sort": '''
def count_inversions(xs):
    def sort(a):
        if len(a) <= 1:
            return a, 0
        mid = len(a) // 2
        left, inv_left = sort(a[:mid])
        right, inv_right = sort(a[mid:])
        merged = []
        inv = inv_left + inv_right
        i = j = 0
        while i < len(left) and j < len(right):
            if right[j] < left[i]:
                merged.append(right[j])
                inv += len(left) - i
                j += 1
            else:
                merged.append(left[i])
                i += 1
        merged.extend(left[i:])
        merged.extend(right[j:])
        return merged, inv

    return sort(list(xs))[1]
''',
    "bisect-merge": '''
from bisect import bisect_right
from itertools import repeat


def count_inversions(xs):
    def sort(a):
        if len(a) <= 16:
            s = []
            inv = 0
            for x in a:
                k = bisect_right(s, x)
                inv += len(s) - k
                s.insert(k, x)
            return s, inv
        mid = len(a) // 2
        left, inv_left = sort(a[:mid])
        right, inv_right = sort(a[mid:])
        # each right element x is inverted with the left elements greater than x
        greater = len(left) * len(right) - sum(map(bisect_right, repeat(left, len(right)), right))
        return sorted(left + right), inv_left + inv_right + greater

    return sort(xs)[1]
''',
    "insort-count": '''
from bisect import bisect_right


def count_inversions(xs):
    s = []
    inv = 0
    for x in xs:
        k = bisect_right(s, x)
        inv += len(s) - k
        s.insert(k, x)
    return inv
''',
}

WRONG_SOLUTIONS = {
    "fenwick-over-20-bit-values": '''
def count_inversions(xs):
    size = 1 << 20
    tree = [0] * (size + 1)
    inv = 0
    for seen, x in enumerate(xs):
        i = ((x + (1 << 19)) & (size - 1)) + 1
        j = i
        le = 0
        while j:
            le += tree[j]
            j -= j & -j
        inv += seen - le
        while i <= size:
            tree[i] += 1
            i += i & -i
    return inv
''',
    "merge-sorts-in-place": '''
def count_inversions(xs):
    def sort(lo, hi):
        if hi - lo <= 1:
            return 0
        mid = (lo + hi) // 2
        inv = sort(lo, mid) + sort(mid, hi)
        left, right = xs[lo:mid], xs[mid:hi]
        i = j = 0
        k = lo
        while i < len(left) and j < len(right):
            if right[j] < left[i]:
                xs[k] = right[j]
                inv += len(left) - i
                j += 1
            else:
                xs[k] = left[i]
                i += 1
            k += 1
        xs[k:hi] = left[i:] + right[j:]
        return inv

    return sort(0, len(xs))
''',
    "counts-equal-pairs": '''
def count_inversions(xs):
    from bisect import bisect_left
    s = []
    inv = 0
    for x in xs:
        k = bisect_left(s, x)
        inv += len(s) - k
        s.insert(k, x)
    return inv
''',
    "adjacent-only": '''
def count_inversions(xs):
    return sum(1 for a, b in zip(xs, xs[1:]) if a > b)
''',
}
