"""Merge overlapping closed intervals."""

TAGS = ["sorting", "intervals"]
ENTRY_POINT = "merge_intervals"
PROMPT = """
Write a Python function `merge_intervals(intervals: list[list[int]]) -> list[list[int]]`.
Each element of `intervals` is a pair `[start, end]` of integers with `start <= end`, describing
the closed interval from `start` to `end`. Merge every group of intervals that overlap or touch
(two intervals touch when one's `end` equals the other's `start`, e.g. `[1, 3]` and `[3, 5]`
merge into `[1, 5]`; `[1, 2]` and `[3, 4]` stay separate) and return the resulting disjoint
intervals as `[start, end]` pairs sorted by `start`. The input is in no particular order and may
contain duplicates; return `[]` for an empty input. Values may be negative and lie within
-10^9..10^9; `intervals` may hold up to 10^5 pairs. Do not modify `intervals`.
"""

EDGE_CASES = [
    ([[]], []),
    ([[[5, 5]]], [[5, 5]]),
    ([[[1, 3], [3, 5]]], [[1, 5]]),
    ([[[1, 2], [3, 4]]], [[1, 2], [3, 4]]),
    ([[[8, 10], [1, 3], [2, 6], [15, 18]]], [[1, 6], [8, 10], [15, 18]]),
    ([[[1, 4], [1, 4], [1, 4]]], [[1, 4]]),
    ([[[-5, -1], [-3, 2], [4, 4], [2, 3]]], [[-5, 3], [4, 4]]),
    ([[[1, 10], [2, 3], [4, 5]]], [[1, 10]]),
    ([[[6, 7], [0, 1], [4, 5], [1, 4]]], [[0, 5], [6, 7]]),
]
RANDOM_CASES = 25


def random_case(rng):
    n = rng.randrange(0, 30)
    out = []
    for _ in range(n):
        a = rng.randrange(-40, 40)
        out.append([a, a + rng.randrange(0, 8)])
    return [out]


def perf_input(rng):
    out = []
    for _ in range(420):
        a = rng.randrange(0, 10**5)
        out.append([a, a + rng.randrange(0, 400)])
    return [out]


REFERENCES = {
    "pairwise-fixpoint": '''
def merge_intervals(intervals):
    items = [list(iv) for iv in intervals]
    changed = True
    while changed:
        changed = False
        i = 0
        while i < len(items):
            j = i + 1
            while j < len(items):
                a, b = items[i], items[j]
                if a[0] <= b[1] and b[0] <= a[1]:
                    items[i] = [min(a[0], b[0]), max(a[1], b[1])]
                    del items[j]
                    changed = True
                else:
                    j += 1
            i += 1
    items.sort()
    return items
''',
    "scan-merged": '''
def merge_intervals(intervals):
    merged = []
    for s, e in intervals:
        kept = []
        for iv in merged:
            if iv[0] <= e and s <= iv[1]:
                if iv[0] < s:
                    s = iv[0]
                if iv[1] > e:
                    e = iv[1]
            else:
                kept.append(iv)
        kept.append([s, e])
        merged = kept
    merged.sort()
    return merged
''',
    "sort-sweep": '''
def merge_intervals(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1][1] = e
        else:
            out.append([s, e])
    return out
''',
}

WRONG_SOLUTIONS = {
    "strict-overlap-only": '''
def merge_intervals(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s < out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
''',
    "no-max-on-extend": '''
def merge_intervals(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = e
        else:
            out.append([s, e])
    return out
''',
}
