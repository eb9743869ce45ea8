"""Count the ways to make an amount from unlimited coins (order irrelevant), modulo 10^9+7."""

TAGS = ["dynamic-programming", "counting"]
ENTRY_POINT = "coin_change_ways"
PROMPT = """
Write a Python function `coin_change_ways(coins: list[int], amount: int) -> int` that returns the
number of ways to make `amount` as a sum of coin values, where every value in `coins` may be
used any number of times and the order of the coins does not matter (two ways are different
when some coin value is used a different number of times). Return the count modulo
1_000_000_007.

`coins` holds up to 100 distinct positive integers, each at most 10^4; `0 <= amount <= 10^4`.
There is exactly one way to make an amount of 0 (use no coins), also when `coins` is empty.
Do not modify `coins`.
"""

EDGE_CASES = [
    ([[], 0], 1),
    ([[], 5], 0),
    ([[1], 0], 1),
    ([[2], 3], 0),
    ([[3], 9], 1),
    ([[7, 1], 7], 2),
    ([[1, 2, 5], 5], 4),
    ([[2, 5, 3, 6], 10], 5),
    ([[5, 10], 3], 0),
    ([[100], 99], 0),
    ([list(range(1, 101)), 100], 190569292),          # p(100)
    ([list(range(200, 0, -1)), 200], 999001584),     # p(200) = 3972999029388, reduced mod 1e9+7
]
RANDOM_CASES = 20


def random_case(rng):
    coins = rng.sample(range(1, 40), rng.randrange(0, 8))
    return [coins, rng.randrange(0, 150)]


def perf_input(rng):
    return [rng.sample(range(5, 120), 20), 1200]


REFERENCES = {
    "count-multiples": '''
def coin_change_ways(coins, amount):
    MOD = 10**9 + 7
    ways = [1] + [0] * amount
    for c in coins:
        new = [0] * (amount + 1)
        for a in range(amount + 1):
            total = 0
            r = a
            while r >= 0:
                total += ways[r]
                r -= c
            new[a] = total % MOD
        ways = new
    return ways[amount]
''',
    "dp-array": '''
def coin_change_ways(coins, amount):
    MOD = 10**9 + 7
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] = (ways[a] + ways[a - c]) % MOD
    return ways[amount]
''',
    "residue-accumulate": '''
from itertools import accumulate

def coin_change_ways(coins, amount):
    MOD = 10**9 + 7
    ways = [1] + [0] * amount
    for c in coins:
        if c > amount:
            continue
        for r in range(c):
            ways[r::c] = accumulate(ways[r::c])
    return ways[amount] % MOD
''',
}

WRONG_SOLUTIONS = {
    "counts-orderings": '''
def coin_change_ways(coins, amount):
    MOD = 10**9 + 7
    ways = [1] + [0] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a:
                ways[a] = (ways[a] + ways[a - c]) % MOD
    return ways[amount]
''',
    "no-modulo": '''
def coin_change_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
''',
    "zero-amount-is-zero": '''
def coin_change_ways(coins, amount):
    if amount == 0:
        return 0
    MOD = 10**9 + 7
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] = (ways[a] + ways[a - c]) % MOD
    return ways[amount]
''',
}
