"""Units of water trapped between bars of an elevation map."""

TAGS = ["arrays", "prefix"]
ENTRY_POINT = "trapped_water"
PROMPT = """
Write a Python function `trapped_water(heights: list[int]) -> int`. `heights[i]` is the height
of a bar of width 1 at position `i`, and the bars stand side by side. After rain, water settles
on top of the bars wherever it is held in by taller bars on both sides; nothing is held beyond
the first or last bar. Return the total number of unit squares of water held.

`heights` holds up to 1500 non-negative integers, each at most 10^9. Return 0 when fewer than
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
VERSION = 2
MAX_N = 1500
SHAPES = ["random", "valley", "mountain", "rising", "falling", "plateau", "extremes", "sawtooth"]
PERF_SHAPE = "random"
"""The tiers' costs (a slice maximum on each side of every bar, or linear scans) do not depend on
the heights; random heights hold water in many basins of every width."""


def make_input(rng, n, shape):
    if shape == "valley":                        # one basin as wide as the list: walls far from most bars
        return [[abs(2 * i - n) * 10**6 // max(n, 1) + rng.randrange(0, 1000) for i in range(n)]]
    if shape == "mountain":                      # holds (almost) nothing
        return [[(n - abs(2 * i - n)) * 10**5 for i in range(n)]]
    if shape == "rising":
        return [[i * 1000 + rng.randrange(0, 1500) for i in range(n)]]
    if shape == "falling":
        return [[(n - i) * 1000 + rng.randrange(0, 1500) for i in range(n)]]
    if shape == "plateau":
        v = rng.randrange(0, 10**9)
        return [[v] * n]
    if shape == "extremes":                      # water far beyond 2^31 units
        return [[rng.choice((0, 0, 10**9)) for _ in range(n)]]
    if shape == "sawtooth":
        w = rng.randint(2, 40)
        return [[(i % w) * 1000 + (10**6 if i % (7 * w) == 0 else 0) for i in range(n)]]
    top = rng.choice([3, 10, 50]) if n <= 60 else 10**6
    return [[rng.randrange(0, top) for _ in range(n)]]


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
    "split-at-peak": '''
def trapped_water(heights):
    # Left of the highest bar, water is held by the running maximum from the left; right of it,
    # by the running maximum from the right: two plain scans with no index arithmetic.
    if len(heights) < 3:
        return 0
    peak = heights.index(max(heights))
    total = level = 0
    for h in heights[:peak]:
        if h > level:
            level = h
        else:
            total += level - h
    level = 0
    for h in heights[:peak:-1]:
        if h > level:
            level = h
        else:
            total += level - h
    return total
''',
}

WRONG_SOLUTIONS = {
    "int32-total": '''
def trapped_water(heights):
    # Two pointers with the total kept in a signed 32-bit range, as fixed-width code would.
    lo, hi = 0, len(heights) - 1
    left_max = right_max = total = 0
    while lo < hi:
        if heights[lo] < heights[hi]:
            left_max = max(left_max, heights[lo])
            total = (total + left_max - heights[lo] + 2**31) % 2**32 - 2**31
            lo += 1
        else:
            right_max = max(right_max, heights[hi])
            total = (total + right_max - heights[hi] + 2**31) % 2**32 - 2**31
            hi -= 1
    return total
''',
    "walls-within-64": '''
def trapped_water(heights):
    # Looks for the walls among the 64 bars on each side only: right for narrow basins.
    total = 0
    for i in range(1, len(heights) - 1):
        level = min(max(heights[max(0, i - 64):i + 1]), max(heights[i:i + 65]))
        total += level - heights[i]
    return total
''',
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
