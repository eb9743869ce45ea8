"""Count the primes below n."""

TAGS = ["math", "number-theory"]
ENTRY_POINT = "count_primes"
PROMPT = """
Write a Python function `count_primes(n: int) -> int` that returns how many prime numbers are
strictly less than `n`. `n` is an integer with `0 <= n <= 5 * 10^6`; return 0 when `n <= 2`.
"""

EDGE_CASES = [
    ([0], 0),
    ([1], 0),
    ([2], 0),
    ([3], 1),
    ([4], 2),
    ([5], 2),
    ([10], 4),
    ([11], 4),
    ([12], 5),
    ([30], 10),
    ([100], 25),
    ([1000], 168),
]
RANDOM_CASES = 20


def random_case(rng):
    return [rng.randrange(0, 3000)]


def perf_input(rng):
    return [rng.randrange(24000, 25000)]


REFERENCES = {
    "trial-division": '''
def count_primes(n):
    count = 0
    for m in range(2, n):
        d = 2
        while d * d <= m:
            if m % d == 0:
                break
            d += 1
        else:
            count += 1
    return count
''',
    "sieve-loop": '''
def count_primes(n):
    if n < 3:
        return 0
    is_prime = [True] * n
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i < n:
        if is_prime[i]:
            for j in range(i * i, n, i):
                is_prime[j] = False
        i += 1
    return sum(is_prime)
''',
    "sieve-slices": '''
def count_primes(n):
    if n < 3:
        return 0
    sieve = bytearray([1]) * n
    sieve[0] = sieve[1] = 0
    i = 2
    while i * i < n:
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, n, i)))
        i += 1
    return sieve.count(1)
''',
}

WRONG_SOLUTIONS = {
    "counts-n-itself": '''
def count_primes(n):
    if n < 2:
        return 0
    sieve = bytearray([1]) * (n + 1)
    sieve[0] = sieve[1] = 0
    i = 2
    while i * i <= n:
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, n + 1, i)))
        i += 1
    return sieve.count(1)
''',
    "sqrt-range-off-by-one": '''
def count_primes(n):
    if n < 3:
        return 0
    sieve = bytearray([1]) * n
    sieve[0] = sieve[1] = 0
    for i in range(2, int(n ** 0.5)):
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, n, i)))
    return sieve.count(1)
''',
}
