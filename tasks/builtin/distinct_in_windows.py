"""Number of distinct values in every window of fixed size."""

TAGS = ["hashing", "sliding-window"]
ENTRY_POINT = "distinct_in_windows"
PROMPT = """
Write a Python function `distinct_in_windows(a: list[int], k: int) -> list[int]` that returns,
for every window of `k` consecutive elements of `a` from left to right, the number of distinct
values in that window. The result has `len(a) - k + 1` elements; return `[]` when
`len(a) < k`.

`k >= 1`, `a` holds up to 10^5 integers (possibly negative), and `k` may be as large as
`len(a)`. Do not modify `a`.
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
RANDOM_CASES = 25


def random_case(rng):
    n = rng.randrange(0, 35)
    return [[rng.randrange(-6, 6) for _ in range(n)], rng.randrange(1, n + 3)]


def perf_input(rng):
    k = 350
    return [[rng.randrange(k) for _ in range(2000)], k]


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
