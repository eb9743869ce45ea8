"""Count the primes below n."""

TAGS = ["math", "number-theory"]
VERSION = 2
ENTRY_POINT = "count_primes"
PROMPT = """
Write a Python function `count_primes(n: int) -> int` that returns how many prime numbers are
strictly less than `n`. `n` is an integer with `0 <= n <= 3 * 10^4`; return 0 when `n <= 2`.
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
MAX_N = 3 * 10**4
SHAPES = ["random", "near-bound", "at-bound", "prime", "prime-square-plus-one", "small"]
PERF_SHAPE = "near-bound"


def _is_prime(m):
    return m >= 2 and all(m % d for d in range(2, int(m ** 0.5) + 1))


def make_input(rng, n, shape):
    """``n`` itself bounds the argument; adversarial shapes sit where off-by-one sieves go wrong.

    ``near-bound`` (the scored shape) is within 2% below ``n``, drawn from the run's seed so that
    the scored answer cannot be known in advance;
    ``prime``: the largest prime ``<= n`` (a sieve that counts ``n`` itself is off by one);
    ``prime-square-plus-one``: ``p*p + 1`` for the largest prime ``p`` with it ``<= n`` (a sieve
    that stops crossing out one prime early counts ``p*p``).
    """
    if shape == "random":
        return [rng.randint(0, n)]
    if shape == "near-bound":
        return [rng.randint(n - n // 50, n)]
    if shape == "at-bound":
        return [n]
    if shape == "prime":
        m = n
        while m > 2 and not _is_prime(m):
            m -= 1
        return [m]
    if shape == "prime-square-plus-one":
        p = int(max(n - 1, 0) ** 0.5)
        while p > 2 and not _is_prime(p):
            p -= 1
        return [p * p + 1 if p >= 2 and p * p + 1 <= n else min(n, 5)]
    if shape == "small":
        return [rng.randint(0, min(n, 40))]
    raise ValueError(shape)


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
    "odd-sieve-slices": '''
def count_primes(n):
    if n < 3:
        return 0
    size = n // 2                     # sieve[i] stands for the odd number 2*i + 1 < n
    sieve = bytearray([1]) * size
    sieve[0] = 0
    i = 1
    p = 3
    while p * p < n:
        if sieve[i]:
            start = p * p // 2
            sieve[start::p] = bytes((size - 1 - start) // p + 1)
        i += 1
        p += 2
    return sieve.count(1) + 1         # and the prime 2
''',
}

WRONG_SOLUTIONS = {
    "fixed-small-sieve": '''
LIMIT = 10**4
SIEVE = bytearray([1]) * LIMIT
SIEVE[0] = SIEVE[1] = 0
for _i in range(2, 101):
    if SIEVE[_i]:
        SIEVE[_i * _i::_i] = bytes(len(range(_i * _i, LIMIT, _i)))


def count_primes(n):
    return SIEVE[:n].count(1)
''',
    "crosses-out-primes-below-100-only": '''
def count_primes(n):
    if n < 3:
        return 0
    sieve = bytearray([1]) * n
    sieve[0] = sieve[1] = 0
    i = 2
    while i * i < n and i < 100:
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, n, i)))
        i += 1
    return sieve.count(1)
''',
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
