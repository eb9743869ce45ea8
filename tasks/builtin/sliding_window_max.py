"""Maximum of every window of fixed size."""

TAGS = ["arrays", "sliding-window"]
ENTRY_POINT = "sliding_window_max"
PROMPT = """
Write a Python function `sliding_window_max(nums: list[int], k: int) -> list[int]` that returns,
for every window of `k` consecutive elements of `nums` from left to right, the largest value in
that window. The result has `len(nums) - k + 1` elements; return `[]` when `len(nums) < k`.

`k >= 1`, `nums` holds up to 3 * 10^4 integers (possibly negative, possibly repeated), and `k` may
be as large as `len(nums)`. Do not modify `nums`.
"""

EDGE_CASES = [
    ([[], 1], []),
    ([[5], 1], [5]),
    ([[5], 2], []),
    ([[1, 2], 3], []),
    ([[4, 2, 12, 3], 1], [4, 2, 12, 3]),
    ([[4, 2, 12, 3], 4], [12]),
    ([[1, 3, -1, -3, 5, 3, 6, 7], 3], [3, 3, 5, 5, 6, 7]),
    ([[-5, -2, -9, -1], 2], [-2, -2, -1]),
    ([[7, 7, 7, 7], 2], [7, 7, 7]),
    ([[9, 8, 7, 6, 5], 2], [9, 8, 7, 6]),
    ([[1, 2, 3, 4, 5], 3], [3, 4, 5]),
    ([[2, 1, 2, 1, 2], 2], [2, 2, 2, 2]),
]
VERSION = 2
MAX_N = 30_000
KMAX = 60
"""Largest ``min(k, n - k + 1)`` of the big inputs: the O(n*k) slowest tier stays measurable at ``MAX_N``."""
SHAPES = ["random", "rising", "falling", "all-equal", "k-one", "k-near-n", "extremes"]
PERF_SHAPE = "falling"
"""Falling values keep every element in the deque and make each window's maximum leave at once:
the worst case of shortcuts that track the running maximum and rescan only when it leaves."""


def _k(rng, n):
    if n <= 2 * KMAX:
        return rng.randint(1, n + 2)
    return rng.choice([rng.randint(2, KMAX), n - rng.randint(0, KMAX - 1)])


def make_input(rng, n, shape):
    if shape == "rising":                          # a noisy upward trend, like a growing time series
        return [[50 * i + rng.randrange(-1000, 1000) for i in range(n)], _k(rng, n)]
    if shape == "falling":
        k = KMAX if n > 2 * KMAX else _k(rng, n)
        return [[10**9 - 50 * i + rng.randrange(-40, 40) for i in range(n)], k]
    if shape == "all-equal":
        v = rng.randrange(-10**9, 10**9)
        return [[v] * n, _k(rng, n)]
    if shape == "k-one":
        return [[rng.randrange(-10**9, 10**9) for _ in range(n)], 1]
    if shape == "k-near-n":
        return [[rng.randrange(-10**9, 10**9) for _ in range(n)], max(1, n - rng.randrange(0, 3))]
    if shape == "extremes":
        return [[rng.choice((-10**9, 10**9, 0, -1)) for _ in range(n)], _k(rng, n)]
    return [[rng.randrange(-15, 15) if n <= 2 * KMAX else rng.randrange(-10**9, 10**9) for _ in range(n)], _k(rng, n)]


REFERENCES = {
    "slice-max": '''
def sliding_window_max(nums, k):
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
''',
    "lazy-heap": '''
import heapq

def sliding_window_max(nums, k):
    heap = []
    out = []
    for i, x in enumerate(nums):
        heapq.heappush(heap, (-x, i))
        if i >= k - 1:
            while heap[0][1] <= i - k:
                heapq.heappop(heap)
            out.append(-heap[0][0])
    return out
''',
    "monotonic-deque": '''
from collections import deque

def sliding_window_max(nums, k):
    window = deque()                # candidate maxima, non-increasing
    out = []
    for i, x in enumerate(nums):
        if i >= k and window[0] == nums[i - k]:
            window.popleft()
        while window and window[-1] < x:
            window.pop()
        window.append(x)
        if i >= k - 1:
            out.append(window[0])
    return out
''',
}

WRONG_SOLUTIONS = {
    "rescan-last-few": '''
def sliding_window_max(nums, k):
    # Tracks the maximum; when it leaves the window, rescans only the newest 16 elements.
    out = []
    best = best_at = None
    for i, x in enumerate(nums):
        if best is None or x >= best:
            best, best_at = x, i
        elif best_at <= i - k:
            lo = max(i - k + 1, i - 15)
            best_at = max(range(lo, i + 1), key=lambda j: (nums[j], j))
            best = nums[best_at]
        if i >= k - 1:
            out.append(best)
    return out
''',
    "misses-last-window": '''
def sliding_window_max(nums, k):
    return [max(nums[i:i + k]) for i in range(len(nums) - k)]
''',
    "short-input-partial": '''
def sliding_window_max(nums, k):
    if not nums:
        return []
    return [max(nums[i:i + k]) for i in range(max(len(nums) - k + 1, 1))]
''',
    "deque-keeps-stale": '''
from collections import deque

def sliding_window_max(nums, k):
    window = deque()
    out = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] < x:
            window.pop()
        window.append(i)
        if i >= k - 1:
            out.append(nums[window[0]])
    return out
''',
}
