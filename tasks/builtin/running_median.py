"""Lower median of every prefix of a list."""

TAGS = ["heaps", "sorting", "streaming"]
ENTRY_POINT = "running_median"
PROMPT = """
Write a Python function `running_median(xs: list[int]) -> list[int]` that returns a list of the
same length as `xs` whose element `i` is the lower median of the prefix `xs[0..i]`: if that
prefix were sorted in ascending order, it is the element at index `i // 2` (so for an even
number of elements it is the smaller of the two middle elements). Return `[]` for empty `xs`.

`xs` holds up to 10^5 integers, possibly negative and possibly repeated. Do not modify `xs`.
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
RANDOM_CASES = 25


def random_case(rng):
    return [[rng.randrange(-30, 30) for _ in range(rng.randrange(0, 40))]]


def perf_input(rng):
    return [[rng.randrange(-10**9, 10**9) for _ in range(3600)]]


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
