"""k-th smallest element of an unsorted list."""

TAGS = ["selection", "sorting"]
ENTRY_POINT = "kth_smallest"
PROMPT = """
Write a Python function `kth_smallest(xs: list[int], k: int) -> int` that returns the k-th
smallest element of `xs`, counting from 1 and counting duplicates separately: the result is the
element at index `k - 1` of `sorted(xs)`. `xs` is non-empty, unsorted, may contain duplicates and
negative numbers, and holds up to 10^5 integers; `1 <= k <= len(xs)`. Do not modify `xs`.
"""

EDGE_CASES = [
    ([[7], 1], 7),
    ([[3, 1, 2], 1], 1),
    ([[3, 1, 2], 3], 3),
    ([[5, 5, 5, 5], 3], 5),
    ([[4, 1, 4, 1, 2], 3], 2),
    ([[4, 1, 4, 1, 2], 4], 4),
    ([[2, 2, 1, 1], 2], 1),
    ([[-3, 10, -7, 0], 2], -3),
    ([[9, 8, 7, 6, 5, 4], 6], 9),
]
RANDOM_CASES = 25


def random_case(rng):
    n = rng.randrange(1, 40)
    xs = [rng.randrange(-15, 15) for _ in range(n)]
    return [xs, rng.randrange(1, n + 1)]


def perf_input(rng):
    n = 1000
    xs = [rng.randrange(-10**6, 10**6) for _ in range(n)]
    return [xs, n // 2 + 7]


REFERENCES = {
    "rank-count": '''
def kth_smallest(xs, k):
    for x in xs:
        less = 0
        equal = 0
        for y in xs:
            if y < x:
                less += 1
            elif y == x:
                equal += 1
        if less < k <= less + equal:
            return x
''',
    "repeated-min": '''
def kth_smallest(xs, k):
    rest = list(xs)
    for _ in range(k - 1):
        rest.remove(min(rest))
    return min(rest)
''',
    "sort": '''
def kth_smallest(xs, k):
    return sorted(xs)[k - 1]
''',
}

WRONG_SOLUTIONS = {
    "zero-based-k": '''
def kth_smallest(xs, k):
    return sorted(xs)[min(k, len(xs) - 1)]
''',
    "distinct-values-only": '''
def kth_smallest(xs, k):
    vals = sorted(set(xs))
    return vals[min(k, len(vals)) - 1]
''',
}
