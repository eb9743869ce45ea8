"""Length of the longest strictly increasing subsequence."""

TAGS = ["dynamic-programming", "binary-search"]
VERSION = 2
ENTRY_POINT = "lis_length"
PROMPT = """
Write a Python function `lis_length(xs: list[int]) -> int` that returns the length of the longest
strictly increasing subsequence of `xs`: the largest `L` for which there are indices
`i1 < i2 < ... < iL` with `xs[i1] < xs[i2] < ... < xs[iL]` (the elements need not be adjacent;
equal values do not count as increasing). Return 0 for an empty list. `xs` may contain negative
numbers and duplicates and holds up to 1000 integers, each between -10^9 and 10^9. Do not
modify `xs`.
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
MAX_N = 1000
SHAPES = ["random", "sorted", "reversed", "all-equal", "non-decreasing", "noisy-increasing", "extremes",
          "late-long-chain"]
PERF_SHAPE = "noisy-increasing"
BOUND = 10**9


def make_input(rng, n, shape):
    """``n`` integers.

    ``noisy-increasing`` has an increasing subsequence of about ``n / 4`` elements, so keeping
    the tails in a list and scanning it is quadratic-like while bisecting it is not;
    ``non-decreasing`` needs equal values rejected; ``late-long-chain`` hides the answer in a
    chain whose consecutive elements lie far apart (looking back only a few elements misses it).
    """
    if shape == "random":
        return [[rng.randint(-BOUND, BOUND) for _ in range(n)]]
    if shape == "sorted":
        return [sorted(rng.sample(range(-BOUND, BOUND), n))]
    if shape == "reversed":
        return [sorted(rng.sample(range(-BOUND, BOUND), n), reverse=True)]
    if shape == "all-equal":
        return [[rng.randint(-BOUND, BOUND)] * n]
    if shape == "non-decreasing":
        return [sorted(rng.randint(-n // 4, n // 4) for _ in range(n))]
    if shape == "noisy-increasing":
        return [[8 * i + rng.randint(-12 * n // 10, 12 * n // 10) for i in range(n)]]
    if shape == "extremes":
        return [[rng.choice((-1, 1)) * (BOUND - rng.randint(0, 3)) for _ in range(n)]]
    if shape == "late-long-chain":
        xs = [BOUND - i for i in range(n)]       # decreasing filler, larger than the chain
        for j, i in enumerate(range(rng.randrange(50), n, 100)):
            xs[i] = j
        return [xs]
    raise ValueError(shape)


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
    "looks-back-64": '''
def lis_length(xs):
    n = len(xs)
    best = [1] * n
    for i in range(n):
        x = xs[i]
        for j in range(max(0, i - 64), i):
            if xs[j] < x and best[j] >= best[i]:
                best[i] = best[j] + 1
    return max(best, default=0)
''',
    "greedy-chain": '''
def lis_length(xs):
    length = 0
    last = None
    for x in xs:
        if last is None or x > last:
            length += 1
            last = x
    return length
''',
    "tails-capped-at-100": '''
from bisect import bisect_left


def lis_length(xs):
    tails = []
    for x in xs:
        k = bisect_left(tails, x)
        if k == len(tails):
            if len(tails) < 100:
                tails.append(x)
        else:
            tails[k] = x
    return len(tails)
''',
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
