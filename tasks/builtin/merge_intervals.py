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
-10^9..10^9; `intervals` may hold up to 600 pairs. Do not modify `intervals`.
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
VERSION = 2
MAX_N = 600
SMALL_N = 30
SHAPES = ["random", "disjoint", "touching-chain", "nested", "duplicates", "sorted", "extremes"]
PERF_SHAPE = "disjoint"
"""Disjoint intervals in random order: nothing merges, so the merged list grows to ``n`` and
every pairwise or scan-the-merged-list method does its full quadratic work."""


def _disjoint(rng, n, gap_lo=1):
    out, x = [], rng.randrange(-10**6, 10**6)
    for _ in range(n):
        x += rng.randrange(gap_lo, 4)           # a gap of 1 leaves [.., x] and [x + 1, ..] apart
        w = rng.randrange(0, 4)
        out.append([x, x + w])
        x += w
    return out


def make_input(rng, n, shape):
    if shape == "disjoint":
        out = _disjoint(rng, n)
        rng.shuffle(out)
    elif shape == "touching-chain":               # each interval starts where another ends: one result
        out = _disjoint(rng, n, gap_lo=0)
        for i in range(1, n):
            out[i][0] = out[i - 1][1]
        rng.shuffle(out)
    elif shape == "nested":
        c = rng.randrange(-1000, 1000)
        out = [[c - r, c + r] for r in (rng.randrange(0, 4 * n + 1) for _ in range(n))]
    elif shape == "duplicates":
        pool = _disjoint(rng, rng.randint(1, 3))
        out = [list(rng.choice(pool)) for _ in range(n)]
    elif shape == "sorted":
        out = sorted(make_input(rng, n, "random")[0])
    elif shape == "extremes":                    # starts close together, ends spread over the value range
        out = []
        for _ in range(n):
            a = -10**9 + rng.randrange(0, 8 * n + 8)
            out.append([a, rng.choice((a, 10**9, rng.randrange(a, 10**9 + 1)))])
        rng.shuffle(out)
    else:
        span = 8 * n + 8
        out = []
        for _ in range(n):
            a = rng.randrange(-span, span)
            out.append([a, a + rng.randrange(0, 12)])
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
    "sort-by-start": '''
from operator import itemgetter


def merge_intervals(intervals):
    # Sorting on the start alone compares ints instead of pairs, and the interval being grown
    # stays in two locals until it is closed.
    out = []
    if not intervals:
        return out
    items = sorted(intervals, key=itemgetter(0))
    cs, ce = items[0]
    for s, e in items:
        if s <= ce:
            if e > ce:
                ce = e
        else:
            out.append([cs, ce])
            cs, ce = s, e
    out.append([cs, ce])
    return out
''',
}

WRONG_SOLUTIONS = {
    "sorts-input-in-place": '''
def merge_intervals(intervals):
    intervals.sort()
    out = []
    for s, e in intervals:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
''',
    "extends-input-pairs": '''
def merge_intervals(intervals):
    # Keeps the input's own pairs in the result and extends them: the caller's list changes.
    out = []
    for iv in sorted(intervals):
        if out and iv[0] <= out[-1][1]:
            out[-1][1] = max(out[-1][1], iv[1])
        else:
            out.append(iv)
    return [list(iv) for iv in out]
''',
    "packed-sort-key": '''
def merge_intervals(intervals):
    # Sorts on start * 2**20 + end: right only while ends differ by less than 2**20.
    out = []
    for s, e in sorted(intervals, key=lambda iv: (iv[0] << 20) + iv[1]):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
''',
    "scans-last-8-merged": '''
def merge_intervals(intervals):
    # Compares each interval with the 8 most recently merged ones only: right while overlapping
    # intervals arrive close together, as in short inputs.
    merged = []
    for s, e in intervals:
        keep = merged[:-8]
        for iv in merged[-8:]:
            if iv[0] <= e and s <= iv[1]:
                s, e = min(s, iv[0]), max(e, iv[1])
            else:
                keep.append(iv)
        keep.append([s, e])
        merged = keep
    merged.sort()
    return merged
''',
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
