"""k-th smallest element of an unsorted list."""

TAGS = ["selection", "sorting"]
VERSION = 2
ENTRY_POINT = "kth_smallest"
PROMPT = """
Write a Python function `kth_smallest(xs: list[int], k: int) -> int` that returns the k-th
smallest element of `xs`, counting from 1 and counting duplicates separately: the result is the
element at index `k - 1` of `sorted(xs)`. `xs` is non-empty, unsorted, may contain duplicates and
negative numbers, and holds up to 1000 integers, each between -10^9 and 10^9;
`1 <= k <= len(xs)`. Do not modify `xs`.
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
MAX_N = 1000
SHAPES = ["random", "sorted", "reversed", "all-equal", "few-distinct", "extremes", "k-first", "k-last", "median-last"]
PERF_SHAPE = "median-last"
BOUND = 10**9


def make_input(rng, n, shape):
    """``n`` elements; ``k`` random unless the shape fixes it.

    ``median-last`` puts the median (``k = n // 2 + 1``) at the end of the list, the worst case of
    checking each element's rank in turn; ``extremes`` uses values near ``±10^9`` (bucket
    shortcuts over a small value range break); ``few-distinct``/``all-equal`` need duplicates
    counted separately.
    """
    n = max(n, 1)
    k = rng.randint(1, n)
    if shape in ("random", "sorted", "reversed", "k-first", "k-last", "median-last"):
        xs = [rng.randint(-10**6, 10**6) for _ in range(n)]
        if shape == "sorted":
            xs.sort()
        elif shape == "reversed":
            xs.sort(reverse=True)
        elif shape == "k-first":
            k = 1
        elif shape == "k-last":
            k = n
        elif shape == "median-last":
            k = n // 2 + 1
            xs.sort()
            median = xs.pop(k - 1)
            rng.shuffle(xs)
            xs.append(median)
    elif shape == "all-equal":
        xs = [rng.randint(-BOUND, BOUND)] * n
    elif shape == "few-distinct":
        values = [rng.randint(-50, 50) for _ in range(3)]
        xs = [rng.choice(values) for _ in range(n)]
    elif shape == "extremes":
        xs = [rng.choice((-1, 1)) * (BOUND - rng.randint(0, 5)) for _ in range(n)]
    else:
        raise ValueError(shape)
    return [xs, k]


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
    "sorts-in-place": '''
def kth_smallest(xs, k):
    xs.sort()
    return xs[k - 1]
''',
    "counting-over-small-range": '''
def kth_smallest(xs, k):
    offset = 10**6
    counts = [0] * (2 * offset + 1)
    for x in xs:
        counts[x + offset] += 1
    for i, c in enumerate(counts):
        k -= c
        if k <= 0:
            return i - offset
''',
    "sorts-a-sample-when-large": '''
def kth_smallest(xs, k):
    if len(xs) <= 500:
        return sorted(xs)[k - 1]
    sample = sorted(xs[::4])
    return sample[min((k - 1) // 4, len(sample) - 1)]
''',
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
