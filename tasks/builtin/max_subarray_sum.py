"""Maximum sum of a contiguous non-empty subarray."""

TAGS = ["dynamic-programming", "arrays"]
ENTRY_POINT = "max_subarray_sum"
PROMPT = """
Write a Python function `max_subarray_sum(xs: list[int]) -> int` that returns the largest sum of
a contiguous, non-empty slice `xs[i:j]` (`i < j`). When every value is negative the answer is
the largest single value. Return 0 for an empty list. Values may be negative, |value| <= 10^9, and
`xs` holds up to 1000 integers. Do not modify `xs`.
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
VERSION = 2
MAX_N = 1000
SHAPES = ["random", "all-negative", "all-positive", "extremes", "alternating", "zeros-and-negatives", "one-peak"]
PERF_SHAPE = "random"
"""The tiers' costs (all O(n^2) start/end pairs, O(n log n) halving, O(n) scan) do not depend on
the values; random values give an answer inside the list rather than at either end."""


def make_input(rng, n, shape):
    if shape == "all-negative":
        return [[rng.randrange(-10**9, 0) for _ in range(n)]]
    if shape == "all-positive":                  # the answer is the whole list, sums far beyond 2^31
        return [[rng.randrange(1, 10**9 + 1) for _ in range(n)]]
    if shape == "extremes":
        return [[rng.choice((-10**9, 10**9, 10**9 - 1, -1)) for _ in range(n)]]
    if shape == "alternating":                   # big gains, slightly smaller losses: the best run is long
        return [[10**9 if i % 2 == 0 else -(10**9 - rng.randrange(1, 1000)) for i in range(n)]]
    if shape == "zeros-and-negatives":
        return [[rng.choice((0, rng.randrange(-10**9, 0))) for _ in range(n)]]
    if shape == "one-peak":                      # negatives around a single positive value
        xs = [rng.randrange(-10**9, -10**8) for _ in range(n)]
        if n:
            xs[rng.randrange(n)] = rng.randrange(1, 10**9)
        return [xs]
    if n <= 60:
        hi = rng.choice([0, 5, 20])
        return [[rng.randrange(-20, hi + 1) for _ in range(n)]]
    return [[rng.randrange(-10**9, 10**9 + 1) for _ in range(n)]]


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
    "int32-wraparound": '''
def max_subarray_sum(xs):
    # Kadane with sums kept in a signed 32-bit range, as fixed-width code would.
    def wrap(v):
        return (v + 2**31) % 2**32 - 2**31
    if not xs:
        return 0
    best = cur = xs[0]
    for x in xs[1:]:
        cur = wrap(cur + x) if cur > 0 else x
        if cur > best:
            best = cur
    return best
''',
    "short-runs-only": '''
def max_subarray_sum(xs):
    # Tries slices of at most 32 elements: right for short lists only.
    if not xs:
        return 0
    best = xs[0]
    for i in range(len(xs)):
        s = 0
        for j in range(i, min(len(xs), i + 32)):
            s += xs[j]
            if s > best:
                best = s
    return best
''',
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
