"""Count the ways to make an amount from unlimited coins (order irrelevant), modulo 10^9+7."""

TAGS = ["dynamic-programming", "counting"]
VERSION = 2
ENTRY_POINT = "coin_change_ways"
PROMPT = """
Write a Python function `coin_change_ways(coins: list[int], amount: int) -> int` that returns the
number of ways to make `amount` as a sum of coin values, where every value in `coins` may be
used any number of times and the order of the coins does not matter (two ways are different
when some coin value is used a different number of times). Return the count modulo
1_000_000_007.

`coins` holds up to 25 distinct positive integers, each at most 10^4, in any order;
`0 <= amount <= 2000`.
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
    ([list(range(1, 26)), 100], 139620591),           # partitions of 100 into parts of at most 25
    ([list(range(25, 0, -1)), 200], 629892977),      # the same for 200: 973629899788, reduced mod 1e9+7
]
MAX_N = 2000
SHAPES = ["random", "spread", "heavy-coins", "no-way", "descending", "small-coins"]
PERF_SHAPE = "spread"
MAX_COINS = 25
MAX_COIN = 10**4


def _coins(rng, k, lo, hi):
    lo, hi = max(1, lo), max(1, hi)
    return rng.sample(range(lo, hi + 1), min(k, hi - lo + 1))


def make_input(rng, n, shape):
    """Coins and an amount of ``n``.

    ``spread`` (25 coins between ``n/50`` and ``n/10``) makes re-summing the multiples of each
    coin cost far more than one pass per coin, and one pass per coin far more than whole-slice
    operations; ``heavy-coins`` holds coins at and above the
    amount; ``no-way`` has only even coins and an odd amount; ``descending`` lists the coins
    largest first (a loop that stops at the first coin above the amount assumes ascending
    order); ``small-coins`` (at most 400) has counts far above the modulus.  Coins stay above
    ``n/20`` at large ``n`` so that the slowest tier's work stays measurable.
    """
    if shape == "random":
        return [_coins(rng, rng.randint(0, MAX_COINS), n // 20, n), n]
    if shape == "spread":
        return [_coins(rng, MAX_COINS, n // 50, n // 10), n]
    if shape == "heavy-coins":
        coins = _coins(rng, 10, n + 1, MAX_COIN + 1)
        coins = [c for c in coins if c <= MAX_COIN] + ([n] if n else [])
        rng.shuffle(coins)
        return [coins, n]
    if shape == "no-way":
        amount = n if n % 2 else max(n - 1, 0)
        return [[2 * c for c in _coins(rng, MAX_COINS // 2, n // 40, n // 2)], amount]
    if shape == "descending":
        return [sorted(_coins(rng, MAX_COINS // 2, n // 20, MAX_COIN), reverse=True), n]
    if shape == "small-coins":
        return [_coins(rng, 8, 1, 12), min(n, 400)]
    raise ValueError(shape)


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
    "first-20-coins": '''
def coin_change_ways(coins, amount):
    MOD = 10**9 + 7
    ways = [1] + [0] * amount
    for c in coins[:20]:
        for a in range(c, amount + 1):
            ways[a] = (ways[a] + ways[a - c]) % MOD
    return ways[amount]
''',
    "table-capped-at-1024": '''
def coin_change_ways(coins, amount):
    MOD = 10**9 + 7
    amount = min(amount, 1024)
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] = (ways[a] + ways[a - c]) % MOD
    return ways[amount]
''',
    "sorts-coins-in-place": '''
def coin_change_ways(coins, amount):
    MOD = 10**9 + 7
    coins.sort()
    ways = [1] + [0] * amount
    for c in coins:
        if c > amount:
            break
        for a in range(c, amount + 1):
            ways[a] = (ways[a] + ways[a - c]) % MOD
    return ways[amount]
''',
    "assumes-ascending-coins": '''
def coin_change_ways(coins, amount):
    MOD = 10**9 + 7
    ways = [1] + [0] * amount
    for c in coins:
        if c > amount:
            break
        for a in range(c, amount + 1):
            ways[a] = (ways[a] + ways[a - c]) % MOD
    return ways[amount]
''',
    "negative-index-wraps": '''
def coin_change_ways(coins, amount):
    MOD = 10**9 + 7
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(1, amount + 1):
            ways[a] = (ways[a] + ways[a - c]) % MOD
    return ways[amount]
''',
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
