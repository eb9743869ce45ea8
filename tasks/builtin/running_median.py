"""Lower median of every prefix of a list."""

TAGS = ["heaps", "sorting", "streaming"]
ENTRY_POINT = "running_median"
PROMPT = """
Write a Python function `running_median(xs: list[int]) -> list[int]` that returns a list of the
same length as `xs` whose element `i` is the lower median of the prefix `xs[0..i]`: if that
prefix were sorted in ascending order, it is the element at index `i // 2` (so for an even
number of elements it is the smaller of the two middle elements). Return `[]` for empty `xs`.

`xs` holds up to 3500 integers, possibly negative and possibly repeated. Do not modify `xs`.
"""

EDGE_CASES = [
    ([[]], []),
    ([[5]], [5]),
    ([[2, 1]], [2, 1]),
    ([[1, 2, 3]], [1, 1, 2]),
    ([[5, 15, 1, 3]], [5, 5, 5, 3]),
    ([[-1, -2, -3]], [-1, -2, -2]),
    ([[4, 4, 4, 1]], [4, 4, 4, 4]),
    ([[3, 1, 4, 1, 5, 9, 2, 6]], [3, 1, 3, 1, 3, 3, 3, 3]),
    ([[0, 10**12, -10**12]], [0, 0, 0]),
    ([[9, 8, 7, 6, 5]], [9, 8, 8, 7, 7]),
]
VERSION = 2
MAX_N = 3500
SHAPES = ["random", "rising", "falling", "all-equal", "few-distinct", "zigzag", "extremes"]
PERF_SHAPE = "falling"
"""Each new value is (nearly) the smallest so far: inserting into a sorted list shifts the whole
list every time, the worst case of the insertion tier, while heaps stay O(log n)."""


def make_input(rng, n, shape):
    if shape == "rising":
        return [[7 * i + rng.randrange(-20, 20) for i in range(n)]]
    if shape == "falling":
        return [[10**9 - 7 * i + rng.randrange(-20, 20) for i in range(n)]]
    if shape == "all-equal":
        return [[rng.randrange(-10**9, 10**9)] * n]
    if shape == "few-distinct":
        pool = [rng.randrange(-5, 5) for _ in range(3)]
        return [[rng.choice(pool) for _ in range(n)]]
    if shape == "zigzag":                        # alternately far below and far above everything so far
        return [[(-1) ** i * (10**6 + i) for i in range(n)]]
    if shape == "extremes":
        return [[rng.choice((-10**12, 10**12, 0, rng.randrange(-10**12, 10**12))) for _ in range(n)]]
    span = 30 if n <= 60 else 10**9
    return [[rng.randrange(-span, span) for _ in range(n)]]


REFERENCES = {
    "append-resort": '''
def running_median(xs):
    window = []
    out = []
    for i, x in enumerate(xs):
        window.append(x)
        window.sort()
        out.append(window[i // 2])
    return out
''',
    "bisect-insort": '''
from bisect import insort

def running_median(xs):
    window = []
    out = []
    for i, x in enumerate(xs):
        insort(window, x)
        out.append(window[i // 2])
    return out
''',

    "paired-heap-pushpop": '''
from heapq import heappush, heappushpop

def running_median(xs):
    low = []     # max-heap (negated): the smaller half plus the lower median
    high = []    # min-heap: the larger half
    out = []
    push, pushpop, emit = heappush, heappushpop, out.append
    # Elements arrive in pairs: the first of a pair grows the lower half, the second the upper.
    for x, y in zip(xs[0::2], xs[1::2]):
        push(low, -pushpop(high, x))
        emit(-low[0])
        push(high, -pushpop(low, -y))
        emit(-low[0])
    if len(xs) % 2:
        push(low, -pushpop(high, xs[-1]))
        emit(-low[0])
    return out
''',
}

WRONG_SOLUTIONS = {
    "consumes-input": '''
from heapq import heappush, heappushpop

def running_median(xs):
    # Pops the values off the caller's list instead of iterating over it.
    xs.reverse()
    low, high, out = [], [], []
    i = 0
    while xs:
        x = xs.pop()
        if i % 2 == 0:
            heappush(low, -heappushpop(high, x))
        else:
            heappush(high, -heappushpop(low, -x))
        out.append(-low[0])
        i += 1
    return out
''',
    "keeps-middle-band": '''
from bisect import insort

def running_median(xs):
    # Keeps only the 64 values around the median, counting those dropped below it: right until
    # the median drifts out of the band (a long trend, as in a large input).
    band, below, out = [], 0, []
    for i, x in enumerate(xs):
        insort(band, x)
        if len(band) > 64:
            if i % 2:
                band.pop()
            else:
                band.pop(0)
                below += 1
        out.append(band[min(max(i // 2 - below, 0), len(band) - 1)])
    return out
''',
    "upper-median": '''
from bisect import insort

def running_median(xs):
    window = []
    out = []
    for x in xs:
        insort(window, x)
        out.append(window[len(window) // 2])
    return out
''',
    "averaged-median": '''
from bisect import insort

def running_median(xs):
    window = []
    out = []
    for x in xs:
        insort(window, x)
        m = len(window)
        out.append((window[(m - 1) // 2] + window[m // 2]) // 2)
    return out
''',
    "unbalanced-heaps": '''
import heapq

def running_median(xs):
    low, high, out = [], [], []
    for x in xs:
        if low and x > -low[0]:
            heapq.heappush(high, x)
        else:
            heapq.heappush(low, -x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        out.append(-low[0])
    return out
''',
}
