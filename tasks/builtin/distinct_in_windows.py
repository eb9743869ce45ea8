"""Number of distinct values in every window of fixed size."""

TAGS = ["hashing", "sliding-window"]
VERSION = 2
ENTRY_POINT = "distinct_in_windows"
PROMPT = """
Write a Python function `distinct_in_windows(a: list[int], k: int) -> list[int]` that returns,
for every window of `k` consecutive elements of `a` from left to right, the number of distinct
values in that window. The result has `len(a) - k + 1` elements; return `[]` when
`len(a) < k`.

`k >= 1`, `a` holds up to 1500 integers, each between -10^9 and 10^9, and `k` may be as
large as `len(a)` (or larger). Do not modify `a`.
"""

EDGE_CASES = [
    ([[], 1], []),
    ([[1], 1], [1]),
    ([[1], 2], []),
    ([[1, 2, 1, 3, 4, 2, 3], 4], [3, 4, 4, 3]),
    ([[1, 1, 1, 1], 2], [1, 1, 1]),
    ([[1, 2, 3], 1], [1, 1, 1]),
    ([[1, 2, 3], 3], [3]),
    ([[-1, 1, -1, 1], 3], [2, 2]),
    ([[5, 5, 6, 5], 4], [2]),
    ([[1, 2, 2, 1, 3], 2], [2, 1, 2, 2]),
    ([[0, -0, 0], 2], [1, 1]),
]
MAX_N = 1500
SHAPES = ["random", "half-window", "k-one", "k-is-n", "k-too-large", "all-equal", "all-distinct",
          "periodic", "low-bit-collisions"]
PERF_SHAPE = "half-window"
BOUND = 10**9


def make_input(rng, n, shape):
    """``n`` integers and a window size ``k``.

    ``half-window`` (``k = n // 2``) maximises the work of rebuilding every window (``(n - k) * k``);
    ``periodic`` repeats values at a distance a short look-back misses; ``low-bit-collisions``
    holds distinct values equal modulo 2^16.
    """
    k = rng.randint(1, max(n, 1))
    if shape == "random":
        a = [rng.randint(-(n // 3), n // 3) for _ in range(n)]
    elif shape == "half-window":
        a = [rng.randint(-BOUND, BOUND) if rng.random() < 0.5 else rng.randint(0, n // 4) for _ in range(n)]
        k = max(n // 2, 1)
    elif shape == "k-one":
        a = [rng.randint(-5, 5) for _ in range(n)]
        k = 1
    elif shape == "k-is-n":
        a = [rng.randint(-(n // 2), n // 2) for _ in range(n)]
        k = max(n, 1)
    elif shape == "k-too-large":
        a = [rng.randint(-BOUND, BOUND) for _ in range(n)]
        k = n + rng.randint(1, 3)
    elif shape == "all-equal":
        a = [rng.randint(-BOUND, BOUND)] * n
    elif shape == "all-distinct":
        a = rng.sample(range(-BOUND, BOUND), n)
    elif shape == "periodic":
        period = rng.randint(10, 40)
        base = [rng.randint(-BOUND, BOUND) for _ in range(period)]
        a = [base[i % period] for i in range(n)]
        k = rng.randint(1, max(n, 1))
    elif shape == "low-bit-collisions":
        low = rng.randrange(1 << 16)
        a = [low + (rng.randint(-2000, 2000) << 16) for _ in range(n)]
    else:
        raise ValueError(shape)
    return [a, k]


REFERENCES = {
    "rebuild-set-loop": '''
def distinct_in_windows(a, k):
    out = []
    for i in range(len(a) - k + 1):
        seen = set()
        for j in range(i, i + k):
            seen.add(a[j])
        out.append(len(seen))
    return out
''',
    "set-per-window": '''
def distinct_in_windows(a, k):
    return [len(set(a[i:i + k])) for i in range(len(a) - k + 1)]
''',
    "sliding-counts": '''
def distinct_in_windows(a, k):
    n = len(a)
    if n < k:
        return []
    counts = {}
    for x in a[:k]:
        counts[x] = counts.get(x, 0) + 1
    out = [len(counts)]
    for i in range(k, n):
        old = a[i - k]
        c = counts[old]
        if c == 1:
            del counts[old]
        else:
            counts[old] = c - 1
        new = a[i]
        counts[new] = counts.get(new, 0) + 1
        out.append(len(counts))
    return out
''',
}

WRONG_SOLUTIONS = {
    "looks-back-8": '''
def distinct_in_windows(a, k):
    n = len(a)
    if n < k:
        return []
    def fresh(i, lo):          # a[i] differs from the (up to) 8 elements before it, from lo on
        return a[i] not in a[max(lo, i - 8):i]
    count = sum(fresh(i, 0) for i in range(k))
    out = [count]
    for i in range(k, n):
        old = i - k
        if a[old] not in a[old + 1:min(old + 9, i)]:
            count -= 1
        if fresh(i, old + 1):
            count += 1
        out.append(count)
    return out
''',
    "low-16-bit-keys": '''
def distinct_in_windows(a, k):
    n = len(a)
    if n < k:
        return []
    counts = {}
    for x in a[:k]:
        counts[x & 0xFFFF] = counts.get(x & 0xFFFF, 0) + 1
    out = [len(counts)]
    for i in range(k, n):
        old = a[i - k] & 0xFFFF
        if counts[old] == 1:
            del counts[old]
        else:
            counts[old] -= 1
        new = a[i] & 0xFFFF
        counts[new] = counts.get(new, 0) + 1
        out.append(len(counts))
    return out
''',
    "keeps-zero-counts": '''
def distinct_in_windows(a, k):
    if len(a) < k:
        return []
    counts = {}
    for x in a[:k]:
        counts[x] = counts.get(x, 0) + 1
    out = [len(counts)]
    for i in range(k, len(a)):
        counts[a[i - k]] -= 1
        counts[a[i]] = counts.get(a[i], 0) + 1
        out.append(len(counts))
    return out
''',
    "misses-last-window": '''
def distinct_in_windows(a, k):
    return [len(set(a[i:i + k])) for i in range(len(a) - k)]
''',
    "short-input-whole-list": '''
def distinct_in_windows(a, k):
    if len(a) <= k:
        return [len(set(a))]
    return [len(set(a[i:i + k])) for i in range(len(a) - k + 1)]
''',
}
