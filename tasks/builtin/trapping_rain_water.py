"""Units of water trapped between bars of an elevation map."""

TAGS = ["arrays", "prefix"]
ENTRY_POINT = "trapped_water"
PROMPT = """
Write a Python function `trapped_water(heights: list[int]) -> int`. `heights[i]` is the height
of a bar of width 1 at position `i`, and the bars stand side by side. After rain, water settles
on top of the bars wherever it is held in by taller bars on both sides; nothing is held beyond
the first or last bar. Return the total number of unit squares of water held.

`heights` holds up to 10^5 non-negative integers, each at most 10^9. Return 0 when fewer than
three bars are given. Do not modify `heights`.
"""

EDGE_CASES = [
    ([[]], 0),
    ([[4]], 0),
    ([[3, 5]], 0),
    ([[2, 0, 2]], 2),
    ([[0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]], 6),
    ([[4, 2, 0, 3, 2, 5]], 9),
    ([[1, 2, 3, 4, 5]], 0),
    ([[5, 4, 3, 2, 1]], 0),
    ([[3, 3, 3]], 0),
    ([[5, 0, 0, 0, 1]], 3),
    ([[0, 0, 0]], 0),
    ([[10**9, 0, 10**9]], 10**9),
    ([[2, 1, 2, 1, 2]], 2),
]
RANDOM_CASES = 25


def random_case(rng):
    top = rng.choice([3, 10, 50])
    return [[rng.randrange(0, top) for _ in range(rng.randrange(0, 40))]]


def perf_input(rng):
    return [[rng.randrange(0, 10**6) for _ in range(1300)]]


REFERENCES = {
    "scan-both-sides": '''
def trapped_water(heights):
    total = 0
    for i in range(1, len(heights) - 1):
        level = min(max(heights[:i + 1]), max(heights[i:]))
        total += level - heights[i]
    return total
''',
    "prefix-suffix-arrays": '''
def trapped_water(heights):
    n = len(heights)
    if n < 3:
        return 0
    left = [0] * n
    right = [0] * n
    left[0] = heights[0]
    for i in range(1, n):
        left[i] = max(left[i - 1], heights[i])
    right[n - 1] = heights[n - 1]
    for i in range(n - 2, -1, -1):
        right[i] = max(right[i + 1], heights[i])
    total = 0
    for i in range(n):
        total += min(left[i], right[i]) - heights[i]
    return total
''',
    "two-pointer": '''
def trapped_water(heights):
    lo, hi = 0, len(heights) - 1
    left_max = right_max = 0
    total = 0
    while lo < hi:
        if heights[lo] < heights[hi]:
            if heights[lo] >= left_max:
                left_max = heights[lo]
            else:
                total += left_max - heights[lo]
            lo += 1
        else:
            if heights[hi] >= right_max:
                right_max = heights[hi]
            else:
                total += right_max - heights[hi]
            hi -= 1
    return total
''',
}

WRONG_SOLUTIONS = {
    "counts-edges": '''
def trapped_water(heights):
    if not heights:
        return 0
    top = max(heights)
    return sum(top - h for h in heights)
''',
    "left-wall-only": '''
def trapped_water(heights):
    total = 0
    left_max = 0
    for h in heights:
        left_max = max(left_max, h)
        total += left_max - h
    return total
''',
    "strict-pointer-skip": '''
def trapped_water(heights):
    lo, hi = 0, len(heights) - 1
    left_max = right_max = 0
    total = 0
    while lo < hi - 1:
        if heights[lo] < heights[hi]:
            left_max = max(left_max, heights[lo])
            total += left_max - heights[lo]
            lo += 1
        else:
            right_max = max(right_max, heights[hi])
            total += right_max - heights[hi]
            hi -= 1
    return total
''',
}
