"""Whether a list holds two equal values at most k positions apart."""

TAGS = ["hashing", "sliding-window"]
ENTRY_POINT = "nearby_duplicate"
PROMPT = """
Write a Python function `nearby_duplicate(a: list[int], k: int) -> bool` that returns True if
there are indices `i < j` with `a[i] == a[j]` and `j - i <= k`, and False otherwise (in
particular for an empty list, or when `k == 0`).

`a` holds up to 10^5 integers, possibly negative; `0 <= k <= 10^5` (k may exceed `len(a)`).
Do not modify `a`.
"""

EDGE_CASES = [
    ([[], 0], False),
    ([[], 3], False),
    ([[1], 1], False),
    ([[1, 1], 0], False),
    ([[1, 1], 1], True),
    ([[1, 2, 3, 1], 3], True),
    ([[1, 2, 3, 1], 2], False),
    ([[1, 0, 1, 1], 1], True),
    ([[1, 2, 3, 1, 1], 1], True),
    ([[1, 2, 3, 1, 2, 3], 2], False),
    ([[-5, 3, -5], 2], True),
    ([[-5, 3, -5], 1], False),
    ([[7, 7, 7], 5], True),
    ([[1, 2, 3, 4], 10], False),
]
RANDOM_CASES = 25


def random_case(rng):
    n = rng.randrange(0, 30)
    return [[rng.randrange(-12, 12) for _ in range(n)], rng.randrange(0, 12)]


def perf_input(rng):
    # Every value repeats with period k + 40, so the only close pair is the one added at the end.
    k = 250
    period = rng.sample(range(-10**9, 10**9), k + 40)
    a = [period[i % len(period)] for i in range(3600)]
    a.append(a[-k])
    return [a, k]


REFERENCES = {
    "pairwise-window": '''
def nearby_duplicate(a, k):
    n = len(a)
    for i in range(n):
        for j in range(i + 1, min(n, i + k + 1)):
            if a[i] == a[j]:
                return True
    return False
''',
    "slice-membership": '''
def nearby_duplicate(a, k):
    for i in range(len(a)):
        if a[i] in a[i + 1:i + k + 1]:
            return True
    return False
''',
    "last-index-dict": '''
def nearby_duplicate(a, k):
    last = {}
    for j, x in enumerate(a):
        i = last.get(x)
        if i is not None and j - i <= k:
            return True
        last[x] = j
    return False
''',
}

WRONG_SOLUTIONS = {
    "strict-distance": '''
def nearby_duplicate(a, k):
    last = {}
    for j, x in enumerate(a):
        if x in last and j - last[x] < k:
            return True
        last[x] = j
    return False
''',
    "ignores-distance": '''
def nearby_duplicate(a, k):
    return k > 0 and len(set(a)) < len(a)
''',
    "keeps-first-index": '''
def nearby_duplicate(a, k):
    first = {}
    for j, x in enumerate(a):
        if x in first:
            if j - first[x] <= k:
                return True
        else:
            first[x] = j
    return False
''',
}
