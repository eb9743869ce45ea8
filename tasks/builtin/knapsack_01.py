"""0/1 knapsack: best total value within a weight capacity."""

TAGS = ["dynamic-programming"]
ENTRY_POINT = "knapsack_01"
PROMPT = """
Write a Python function `knapsack_01(weights: list[int], values: list[int], capacity: int) -> int`.
Item `i` has weight `weights[i]` and value `values[i]`; each item may be taken at most once.
Return the largest total value of a set of items whose total weight is at most `capacity`
(0 if no item fits; the empty set is allowed).

`weights` and `values` have the same length, at most 100; every weight is an integer in
`1 .. 10^4`, every value an integer in `0 .. 10^6`, and `0 <= capacity <= 10^4`.
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
RANDOM_CASES = 25


def random_case(rng):
    n = rng.randrange(0, 13)
    return [[rng.randrange(1, 21) for _ in range(n)], [rng.randrange(0, 31) for _ in range(n)],
            rng.randrange(0, 61)]


def perf_input(rng):
    n = 50
    return [[rng.randrange(10, 200) for _ in range(n)], [rng.randrange(1, 1000) for _ in range(n)], 1800]


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
