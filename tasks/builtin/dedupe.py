"""Remove duplicates from a list, keeping first occurrences in order."""

TAGS = ["hashing", "lists"]
ENTRY_POINT = "dedupe"
PROMPT = """
Write a Python function `dedupe(xs: list[int]) -> list[int]` that returns the elements of `xs`
with duplicates removed, keeping the first occurrence of each value and the original order.
`xs` may hold up to 10^5 integers. Do not modify `xs`.
"""

EDGE_CASES = [
    ([[]], []),
    ([[7]], [7]),
    ([[1, 1, 1]], [1]),
    ([[3, 1, 3, 2, 1]], [3, 1, 2]),
    ([[-1, 0, -1, 0]], [-1, 0]),
]
RANDOM_CASES = 20


def random_case(rng):
    n = rng.randrange(0, 60)
    return [[rng.randrange(-20, 20) for _ in range(n)]]


def perf_input(rng):
    return [[rng.randrange(1500) for _ in range(3000)]]


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
    "sorted-set": "def dedupe(xs):\n    return sorted(set(xs))\n",
    "keeps-last": "def dedupe(xs):\n    return list(reversed(dict.fromkeys(reversed(xs))))\n",
}
