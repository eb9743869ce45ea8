"""Length of the longest strictly increasing subsequence."""

TAGS = ["dynamic-programming", "binary-search"]
ENTRY_POINT = "lis_length"
PROMPT = """
Write a Python function `lis_length(xs: list[int]) -> int` that returns the length of the longest
strictly increasing subsequence of `xs`: the largest `L` for which there are indices
`i1 < i2 < ... < iL` with `xs[i1] < xs[i2] < ... < xs[iL]` (the elements need not be adjacent;
equal values do not count as increasing). Return 0 for an empty list. `xs` may contain negative
numbers and duplicates and holds up to 10^5 integers. Do not modify `xs`.
"""

EDGE_CASES = [
    ([[]], 0),
    ([[4]], 1),
    ([[2, 2, 2]], 1),
    ([[1, 2, 3, 4]], 4),
    ([[4, 3, 2, 1]], 1),
    ([[10, 9, 2, 5, 3, 7, 101, 18]], 4),
    ([[0, 1, 0, 3, 2, 3]], 4),
    ([[1, 3, 3, 5]], 3),
    ([[-5, -1, -3, 0, -2]], 3),
    ([[3, 1, 2, 1, 2, 3]], 3),
    ([[5, 1, 6, 2, 7, 3, 8]], 4),
]
RANDOM_CASES = 25


def random_case(rng):
    n = rng.randrange(0, 40)
    return [[rng.randrange(-20, 20) for _ in range(n)]]


def perf_input(rng):
    return [[rng.randrange(-10**6, 10**6) for _ in range(900)]]


REFERENCES = {
    "quadratic-dp": '''
def lis_length(xs):
    n = len(xs)
    best = [1] * n
    for i in range(n):
        for j in range(i):
            if xs[j] < xs[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best, default=0)
''',
    "tails-linear-scan": '''
def lis_length(xs):
    tails = []
    for x in xs:
        for k, t in enumerate(tails):
            if t >= x:
                tails[k] = x
                break
        else:
            tails.append(x)
    return len(tails)
''',
    "tails-bisect": '''
from bisect import bisect_left


def lis_length(xs):
    tails = []
    for x in xs:
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
''',
}

WRONG_SOLUTIONS = {
    "non-decreasing": '''
from bisect import bisect_right


def lis_length(xs):
    tails = []
    for x in xs:
        k = bisect_right(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
''',
    "longest-increasing-run": '''
def lis_length(xs):
    best = run = 0
    prev = None
    for x in xs:
        run = run + 1 if prev is not None and x > prev else 1
        best = max(best, run)
        prev = x
    return best
''',
}
