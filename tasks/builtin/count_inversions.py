"""Count the inversions of a list."""

TAGS = ["sorting", "divide-and-conquer"]
ENTRY_POINT = "count_inversions"
PROMPT = """
Write a Python function `count_inversions(xs: list[int]) -> int` that returns the number of index
pairs `(i, j)` with `i < j` and `xs[i] > xs[j]` (equal values are not an inversion). Return 0 for
an empty list. Values may be negative and may repeat; `xs` holds up to 2 * 10^4 integers. Do not
modify `xs`.
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
RANDOM_CASES = 25


def random_case(rng):
    n = rng.randrange(0, 40)
    hi = rng.choice([3, 10, 100])
    return [[rng.randrange(-hi, hi) for _ in range(n)]]


def perf_input(rng):
    return [[rng.randrange(-10**6, 10**6) for _ in range(1000)]]


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
