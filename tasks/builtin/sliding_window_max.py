"""Maximum of every window of fixed size."""

TAGS = ["arrays", "sliding-window"]
ENTRY_POINT = "sliding_window_max"
PROMPT = """
Write a Python function `sliding_window_max(nums: list[int], k: int) -> list[int]` that returns,
for every window of `k` consecutive elements of `nums` from left to right, the largest value in
that window. The result has `len(nums) - k + 1` elements; return `[]` when `len(nums) < k`.

`k >= 1`, `nums` holds up to 10^5 integers (possibly negative, possibly repeated), and `k` may
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
RANDOM_CASES = 25


def random_case(rng):
    n = rng.randrange(0, 40)
    nums = [rng.randrange(-15, 15) for _ in range(n)]
    return [nums, rng.randrange(1, n + 3)]


def perf_input(rng):
    # a noisy upward trend, like a growing time series
    return [[50 * i + rng.randrange(-1000, 1000) for i in range(6000)], 300]


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
