"""Maximum sum of a contiguous non-empty subarray."""

TAGS = ["dynamic-programming", "arrays"]
ENTRY_POINT = "max_subarray_sum"
PROMPT = """
Write a Python function `max_subarray_sum(xs: list[int]) -> int` that returns the largest sum of
a contiguous, non-empty slice `xs[i:j]` (`i < j`). When every value is negative the answer is
the largest single value. Return 0 for an empty list. Values may be negative, |value| <= 10^9, and
`xs` holds up to 10^5 integers. Do not modify `xs`.
"""

EDGE_CASES = [
    ([[]], 0),
    ([[5]], 5),
    ([[-5]], -5),
    ([[-3, -1, -2]], -1),
    ([[1, 2, 3]], 6),
    ([[-2, 1, -3, 4, -1, 2, 1, -5, 4]], 6),
    ([[0, 0, 0]], 0),
    ([[-1, 0, -2]], 0),
    ([[5, -10, 6]], 6),
    ([[3, -1, 3]], 5),
    ([[2, -3, 2, -3, 2]], 2),
    ([[-7, -7]], -7),
]
RANDOM_CASES = 25


def random_case(rng):
    n = rng.randrange(0, 40)
    hi = rng.choice([0, 5, 20])
    return [[rng.randrange(-20, hi + 1) for _ in range(n)]]


def perf_input(rng):
    return [[rng.randrange(-1000, 1001) for _ in range(1000)]]


REFERENCES = {
    "all-starts-running": '''
def max_subarray_sum(xs):
    if not xs:
        return 0
    best = xs[0]
    for i in range(len(xs)):
        s = 0
        for j in range(i, len(xs)):
            s += xs[j]
            if s > best:
                best = s
    return best
''',
    "divide-conquer": '''
def max_subarray_sum(xs):
    if not xs:
        return 0

    def solve(lo, hi):
        if hi - lo == 1:
            return xs[lo]
        mid = (lo + hi) // 2
        best_left = solve(lo, mid)
        best_right = solve(mid, hi)
        s = 0
        left = xs[mid - 1]
        for k in range(mid - 1, lo - 1, -1):
            s += xs[k]
            if s > left:
                left = s
        s = 0
        right = xs[mid]
        for k in range(mid, hi):
            s += xs[k]
            if s > right:
                right = s
        return max(best_left, best_right, left + right)

    return solve(0, len(xs))
''',
    "kadane": '''
def max_subarray_sum(xs):
    if not xs:
        return 0
    best = cur = xs[0]
    for x in xs[1:]:
        cur = cur + x if cur > 0 else x
        if cur > best:
            best = cur
    return best
''',
}

WRONG_SOLUTIONS = {
    "allows-empty-subarray": '''
def max_subarray_sum(xs):
    best = cur = 0
    for x in xs:
        cur = max(0, cur + x)
        best = max(best, cur)
    return best
''',
    "resets-on-negative-element": '''
def max_subarray_sum(xs):
    if not xs:
        return 0
    best = cur = xs[0]
    for x in xs[1:]:
        cur = cur + x if x >= 0 and cur > 0 else x
        best = max(best, cur)
    return best
''',
}
