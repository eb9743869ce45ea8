"""Remove duplicates from a list, keeping first occurrences in order."""

TAGS = ["hashing", "lists"]
VERSION = 2
ENTRY_POINT = "dedupe"
PROMPT = """
Write a Python function `dedupe(xs: list[int]) -> list[int]` that returns the elements of `xs`
with duplicates removed, keeping the first occurrence of each value and the original order.
`xs` may hold up to 2000 integers, each between -10^9 and 10^9. Do not modify `xs`.
"""

EDGE_CASES = [
    ([[]], []),
    ([[7]], [7]),
    ([[1, 1, 1]], [1]),
    ([[3, 1, 3, 2, 1]], [3, 1, 2]),
    ([[-1, 0, -1, 0]], [-1, 0]),
]
MAX_N = 2000
SHAPES = ["random", "all-distinct", "all-equal", "sorted", "low-bit-collisions", "extremes", "far-duplicates"]
PERF_SHAPE = "all-distinct"
BOUND = 10**9


def make_input(rng, n, shape):
    """``n`` integers.

    ``all-distinct`` is the worst case of searching the output so far; ``low-bit-collisions``
    holds values equal modulo 2^20 (bucketing by low bits merges them); ``far-duplicates``
    repeats values only far apart (a check of the last few kept values misses them).
    """
    if shape == "random":
        return [[rng.randint(-(n // 2), n // 2) for _ in range(n)]]
    if shape == "all-distinct":
        return [rng.sample(range(-BOUND, BOUND + 1), n)]
    if shape == "all-equal":
        return [[rng.randint(-BOUND, BOUND)] * n]
    if shape == "sorted":
        return [sorted(rng.randint(-n, n) for _ in range(n))]
    if shape == "low-bit-collisions":
        low = rng.randrange(1 << 20)
        return [[low + (rng.randint(-900, 900) << 20) for _ in range(n)]]
    if shape == "extremes":
        return [[rng.choice((-1, 1)) * (BOUND - rng.randint(0, 3)) for _ in range(n)]]
    if shape == "far-duplicates":
        half = rng.sample(range(-BOUND, BOUND + 1), (n + 1) // 2)
        return [(half + half[::-1])[:n]]
    raise ValueError(shape)


REFERENCES = {
    "list-scan": '''
def dedupe(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out
''',
    "sort-then-scan": '''
def dedupe(xs):
    order = sorted(range(len(xs)), key=lambda i: (xs[i], i))
    keep = []
    prev = object()
    for i in order:
        if xs[i] != prev:
            keep.append(i)
            prev = xs[i]
    keep.sort()
    return [xs[i] for i in keep]
''',
    "dict-fromkeys": '''
def dedupe(xs):
    return list(dict.fromkeys(xs))
''',
}

WRONG_SOLUTIONS = {
    "buckets-by-low-bits": '''
def dedupe(xs):
    seen = set()
    out = []
    for x in xs:
        key = x & 0xFFFFF
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out
''',
    "checks-last-64-kept": '''
def dedupe(xs):
    out = []
    for x in xs:
        if x not in out[-64:]:
            out.append(x)
    return out
''',
    "dedupes-in-place": '''
def dedupe(xs):
    xs[:] = dict.fromkeys(xs)
    return xs
''',
    "sorted-set": "def dedupe(xs):\n    return sorted(set(xs))\n",
    "keeps-last": "def dedupe(xs):\n    return list(reversed(dict.fromkeys(reversed(xs))))\n",
}
