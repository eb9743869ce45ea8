"""Fibonacci numbers modulo m for many (possibly huge) indices."""

TAGS = ["math", "number-theory"]
ENTRY_POINT = "nth_fibonacci_mod"
PROMPT = """
Write a Python function `nth_fibonacci_mod(ns: list[int], m: int) -> list[int]` that returns
`[F(n) % m for n in ns]`, in the same order as `ns`, where `F(0) = 0`, `F(1) = 1` and
`F(n) = F(n-1) + F(n-2)` for `n >= 2`.

`ns` holds up to 100 indices, each with `0 <= n <= 10^18` (indices may repeat), and
`1 <= m <= 10^9 + 7`. Return `[]` for empty `ns`. Do not modify `ns`.
"""

EDGE_CASES = [
    ([[], 5], []),
    ([[0], 7], [0]),
    ([[1], 7], [1]),
    ([[1], 1], [0]),
    ([[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 1000], [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55]),
    ([[10, 10, 3], 7], [6, 6, 2]),
    ([[5, 2, 5], 2], [1, 1, 1]),
    ([[50], 10**9], [586269025]),                 # F(50) = 12586269025
    ([[100], 10**9 + 7], [687995182]),            # F(100) = 354224848179261915075
    ([[60, 120], 10], [0, 0]),                    # the Pisano period of 10 is 60
    ([[20000, 0], 10**9 + 7], [988094463, 0]),
    ([[12345], 999983], [502787]),
]
VERSION = 2
MAX_N = 100
SHAPES = ["random", "huge", "small-indices", "powers-of-two", "repeats", "m-one", "small-m", "extremes"]
PERF_SHAPE = "huge"
"""Indices near 10^18 (60 bits each): every logarithmic method does its full number of steps."""
# The stated index bound (10^18) rules out any tier linear in the index: the tiers differ in how much
# work each of the ~60 halving steps does (list-based matrices, unrolled matrices, fast doubling).

BIG = 10**18
MODS = [1, 2, 10, 97, 999983, 10**9, 10**9 + 7]


def _log_uniform(rng):
    return rng.randrange(0, 1 << rng.randint(1, 59)) if rng.random() < 0.9 else rng.randrange(0, BIG + 1)


def make_input(rng, n, shape):
    if shape == "huge":
        return [[rng.randrange(BIG // 2, BIG + 1) for _ in range(n)], 10**9 + 7]
    if shape == "small-indices":
        return [[rng.randrange(0, 95) for _ in range(n)], rng.choice(MODS)]
    if shape == "powers-of-two":
        return [[(1 << rng.randint(0, 59)) + rng.choice((-1, 0, 1)) for _ in range(n)], rng.choice(MODS[2:])]
    if shape == "repeats":
        pool = [_log_uniform(rng) for _ in range(3)]
        return [[rng.choice(pool) for _ in range(n)], rng.choice(MODS[2:])]
    if shape == "m-one":
        return [[_log_uniform(rng) for _ in range(n)], 1]
    if shape == "small-m":
        return [[_log_uniform(rng) for _ in range(n)], rng.randint(2, 20)]
    if shape == "extremes":
        return [[rng.choice((0, 1, BIG, BIG - 1)) for _ in range(n)], rng.choice((10**9, 10**9 + 7, 999983))]
    if n <= 60 and rng.random() < 0.5:
        return [[rng.randrange(0, rng.choice([10, 100, 3000])) for _ in range(n)], rng.choice(MODS)]
    return [[_log_uniform(rng) for _ in range(n)], rng.choice(MODS)]


REFERENCES = {
    "matrix-power-lists": '''
def nth_fibonacci_mod(ns, m):
    def mul(x, y):
        return [[sum(x[i][k] * y[k][j] for k in range(2)) % m for j in range(2)] for i in range(2)]

    out = []
    for n in ns:
        result = [[1, 0], [0, 1]]
        base = [[1, 1], [1, 0]]          # base ** n == [[F(n+1), F(n)], [F(n), F(n-1)]]
        while n:
            if n & 1:
                result = mul(result, base)
            base = mul(base, base)
            n >>= 1
        out.append(result[0][1] % m)
    return out
''',
    "matrix-power": '''
def nth_fibonacci_mod(ns, m):
    def power(n):
        # [[1, 1], [1, 0]] ** n == [[F(n+1), F(n)], [F(n), F(n-1)]]
        r00, r01, r10, r11 = 1, 0, 0, 1
        b00, b01, b10, b11 = 1, 1, 1, 0
        while n:
            if n & 1:
                r00, r01, r10, r11 = ((r00 * b00 + r01 * b10) % m, (r00 * b01 + r01 * b11) % m,
                                      (r10 * b00 + r11 * b10) % m, (r10 * b01 + r11 * b11) % m)
            b00, b01, b10, b11 = ((b00 * b00 + b01 * b10) % m, (b00 * b01 + b01 * b11) % m,
                                  (b10 * b00 + b11 * b10) % m, (b10 * b01 + b11 * b11) % m)
            n >>= 1
        return r01 % m

    return [power(n) for n in ns]
''',
    "fast-doubling": '''
def nth_fibonacci_mod(ns, m):
    out = []
    for n in ns:
        a, b = 0, 1                       # F(k), F(k+1) for k = the bits of n read so far
        for bit in bin(n)[2:]:
            c = a * (2 * b - a) % m       # F(2k)
            d = (a * a + b * b) % m       # F(2k+1)
            if bit == "1":
                a, b = d, c + d
            else:
                a, b = c, d
        out.append(a % m)
    return out
''',
}

WRONG_SOLUTIONS = {
    "low-32-bits": '''
def nth_fibonacci_mod(ns, m):
    # Fast doubling over the low 32 bits of n only: right while n < 2**32.
    out = []
    for n in ns:
        a, b = 0, 1
        for bit in bin(n & 0xFFFFFFFF)[2:]:
            c = a * (2 * b - a) % m
            d = (a * a + b * b) % m
            a, b = (d, c + d) if bit == "1" else (c, d)
        out.append(a % m)
    return out
''',
    "mod-2^64-first": '''
def nth_fibonacci_mod(ns, m):
    # Works modulo 2**64 (as unsigned 64-bit code would) and reduces modulo m at the end.
    mask = (1 << 64) - 1
    out = []
    for n in ns:
        a, b = 0, 1
        for bit in bin(n)[2:]:
            c = a * (2 * b - a) & mask
            d = (a * a + b * b) & mask
            a, b = (d, (c + d) & mask) if bit == "1" else (c, d)
        out.append(a % m)
    return out
''',
    "pisano-of-1e9+7-always": '''
def nth_fibonacci_mod(ns, m):
    # Reduces n modulo 2 * (10**9 + 8), a period of F mod 10**9 + 7, whatever m is.
    out = []
    for n in ns:
        a, b = 0, 1
        for bit in bin(n % (2 * (10**9 + 8)))[2:]:
            c = a * (2 * b - a) % m
            d = (a * a + b * b) % m
            a, b = (d, c + d) if bit == "1" else (c, d)
        out.append(a % m)
    return out
''',
    "shifted-index": '''
def nth_fibonacci_mod(ns, m):
    out = []
    for n in ns:
        a, b = 1, 1
        for bit in bin(n)[2:]:
            c = a * (2 * b - a) % m
            d = (a * a + b * b) % m
            a, b = (d, c + d) if bit == "1" else (c, d)
        out.append(a % m)
    return out
''',
    "unreduced-small-n": '''
def nth_fibonacci_mod(ns, m):
    def fib(n):
        if n < 2:
            return n
        a, b = 0, 1
        for bit in bin(n)[2:]:
            c = a * (2 * b - a) % m
            d = (a * a + b * b) % m
            a, b = (d, (c + d) % m) if bit == "1" else (c, d)
        return a
    return [fib(n) for n in ns]
''',
    "float-formula": '''
def nth_fibonacci_mod(ns, m):
    phi = (1 + 5 ** 0.5) / 2
    return [round(phi ** n / 5 ** 0.5) % m for n in ns]
''',
}
