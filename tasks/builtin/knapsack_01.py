"""0/1 knapsack: best total value within a weight capacity."""

TAGS = ["dynamic-programming"]
VERSION = 2
ENTRY_POINT = "knapsack_01"
PROMPT = """
Write a Python function `knapsack_01(weights: list[int], values: list[int], capacity: int) -> int`.
Item `i` has weight `weights[i]` and value `values[i]`; each item may be taken at most once.
Return the largest total value of a set of items whose total weight is at most `capacity`
(0 if no item fits; the empty set is allowed).

`weights` and `values` have the same length, at most 50; every weight is an integer in
`1 .. 10^4`, every value an integer in `0 .. 10^6`, and `0 <= capacity <= 1500`.
Do not modify the input lists.
"""

EDGE_CASES = [
    ([[], [], 0], 0),
    ([[], [], 10], 0),
    ([[5], [10], 4], 0),
    ([[5], [10], 5], 10),
    ([[5], [10], 0], 0),
    ([[1, 3, 4, 5], [1, 4, 5, 7], 7], 9),
    ([[10, 20, 30], [60, 100, 120], 50], 220),
    ([[1, 1, 1], [10, 20, 30], 2], 50),
    ([[2, 2, 2], [0, 0, 0], 6], 0),
    ([[4, 4], [5, 5], 7], 5),
    ([[3, 3], [5, 5], 6], 10),
    ([[1, 2, 3], [6, 10, 12], 5], 22),
    ([[6, 5, 5], [10, 6, 6], 10], 12),
]
MAX_N = 1500
SHAPES = ["random", "dense", "many-small", "heavy-items", "take-all", "equal-ratio", "greedy-trap", "zero-values"]
PERF_SHAPE = "dense"
MAX_ITEMS = 50
MAX_VALUE = 10**6


def make_input(rng, n, shape):
    """Items and a capacity of ``n``.

    ``dense`` (50 items of weight ``n/50 .. n/5``) reaches nearly every (item, room) state, the
    worst case of memoised recursion; ``many-small`` has an optimum of dozens of items (a DP
    over only the best few items misses it); ``heavy-items`` has weights at and above the
    capacity; ``equal-ratio`` and ``greedy-trap`` defeat ordering items by value per weight.
    """
    cap = n
    if shape == "random":
        k = rng.randint(0, min(MAX_ITEMS, max(n, 1)))
        weights = [rng.randint(1, max(1, n // 2)) for _ in range(k)]
        values = [rng.randint(0, MAX_VALUE) for _ in range(k)]
    elif shape == "dense":
        weights = [rng.randint(max(1, n // 50), max(1, n // 5)) for _ in range(MAX_ITEMS)]
        values = [rng.randint(1, MAX_VALUE) for _ in range(MAX_ITEMS)]
    elif shape == "many-small":
        weights = [rng.randint(max(1, n // 100), max(1, n // 40)) for _ in range(MAX_ITEMS)]
        values = [rng.randint(MAX_VALUE // 2, MAX_VALUE) for _ in range(MAX_ITEMS)]
    elif shape == "heavy-items":
        k = min(MAX_ITEMS, max(n, 1))
        weights = [rng.choice((cap, cap + 1, rng.randint(cap, 10**4))) or 1 for _ in range(k)]
        values = [rng.randint(0, MAX_VALUE) for _ in range(k)]
    elif shape == "take-all":
        k = min(MAX_ITEMS, max(n // 3, 1))
        weights = [rng.randint(1, 3) for _ in range(k)]
        values = [rng.randint(0, MAX_VALUE) for _ in range(k)]
    elif shape == "equal-ratio":
        weights = [rng.randint(max(1, n // 20), max(1, n // 3)) for _ in range(MAX_ITEMS)]
        values = [7 * w for w in weights]
    elif shape == "greedy-trap":
        big = max(1, n)
        weights = [1] + [big] + [rng.randint(max(1, n // 2) + 1, 10**4) for _ in range(10)]
        values = [2, 2 * big - 1] + [rng.randint(0, MAX_VALUE) for _ in range(10)]
        values[1] = min(values[1], MAX_VALUE)
        values[0] = min(values[0], values[1])
    elif shape == "zero-values":
        k = min(MAX_ITEMS, max(n, 1))
        weights = [rng.randint(1, max(1, n // 4)) for _ in range(k)]
        values = [0] * k
    else:
        raise ValueError(shape)
    return [weights, values, cap]


REFERENCES = {
    "memo-recursion": '''
from functools import lru_cache

def knapsack_01(weights, values, capacity):
    n = len(weights)

    @lru_cache(maxsize=None)
    def best(i, room):
        if i == n:
            return 0
        skip = best(i + 1, room)
        if weights[i] <= room:
            return max(skip, values[i] + best(i + 1, room - weights[i]))
        return skip

    return best(0, capacity)
''',
    "table-2d": '''
def knapsack_01(weights, values, capacity):
    n = len(weights)
    table = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        w, v = weights[i - 1], values[i - 1]
        for room in range(capacity + 1):
            table[i][room] = table[i - 1][room]
            if w <= room and table[i - 1][room - w] + v > table[i][room]:
                table[i][room] = table[i - 1][room - w] + v
    return table[n][capacity]
''',
    "row-listcomp": '''
def knapsack_01(weights, values, capacity):
    dp = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        if w > capacity:
            continue
        dp[w:] = [b + v if b + v > a else a for a, b in zip(dp[w:], dp[:capacity + 1 - w])]
    return dp[capacity]
''',
}

WRONG_SOLUTIONS = {
    "best-20-items-only": '''
def knapsack_01(weights, values, capacity):
    items = sorted(zip(weights, values), key=lambda wv: wv[1] / wv[0], reverse=True)[:20]
    dp = [0] * (capacity + 1)
    for w, v in items:
        for room in range(capacity, w - 1, -1):
            if dp[room - w] + v > dp[room]:
                dp[room] = dp[room - w] + v
    return dp[capacity]
''',
    "table-capped-at-1024": '''
def knapsack_01(weights, values, capacity):
    capacity = min(capacity, 1024)
    dp = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        if w > capacity:
            continue
        dp[w:] = [b + v if b + v > a else a for a, b in zip(dp[w:], dp[:capacity + 1 - w])]
    return dp[capacity]
''',
    "sorts-items-in-place": '''
def knapsack_01(weights, values, capacity):
    order = sorted(range(len(weights)), key=weights.__getitem__)
    weights[:] = [weights[i] for i in order]
    values[:] = [values[i] for i in order]
    dp = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        if w > capacity:
            break
        dp[w:] = [b + v if b + v > a else a for a, b in zip(dp[w:], dp[:capacity + 1 - w])]
    return dp[capacity]
''',
    "reuses-items": '''
def knapsack_01(weights, values, capacity):
    dp = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        for room in range(w, capacity + 1):
            dp[room] = max(dp[room], dp[room - w] + v)
    return dp[capacity]
''',
    "greedy-by-ratio": '''
def knapsack_01(weights, values, capacity):
    order = sorted(range(len(weights)), key=lambda i: values[i] / weights[i], reverse=True)
    total = 0
    for i in order:
        if weights[i] <= capacity:
            capacity -= weights[i]
            total += values[i]
    return total
''',
    "exact-capacity-only": '''
def knapsack_01(weights, values, capacity):
    NEG = -1
    dp = [0] + [NEG] * capacity
    for w, v in zip(weights, values):
        for room in range(capacity, w - 1, -1):
            if dp[room - w] != NEG and dp[room - w] + v > dp[room]:
                dp[room] = dp[room - w] + v
    return max(dp[capacity], 0)
''',
}
