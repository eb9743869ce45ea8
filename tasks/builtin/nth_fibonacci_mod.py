"""Fibonacci numbers modulo m for many (possibly huge) indices."""

TAGS = ["math", "number-theory"]
ENTRY_POINT = "nth_fibonacci_mod"
PROMPT = """
Write a Python function `nth_fibonacci_mod(ns: list[int], m: int) -> list[int]` that returns
`[F(n) % m for n in ns]`, in the same order as `ns`, where `F(0) = 0`, `F(1) = 1` and
`F(n) = F(n-1) + F(n-2)` for `n >= 2`.

`ns` holds up to 1000 indices, each with `0 <= n <= 10^18` (indices may repeat), and
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
RANDOM_CASES = 20


def random_case(rng):
    ns = [rng.randrange(0, rng.choice([10, 100, 3000])) for _ in range(rng.randrange(0, 8))]
    return [ns, rng.choice([1, 2, 10, 97, 10**9, 10**9 + 7])]


def perf_input(rng):
    return [[rng.randrange(0, 20000) for _ in range(50)], 10**9 + 7]


REFERENCES = {
    "loop-per-query": '''
def nth_fibonacci_mod(ns, m):
    out = []
    for n in ns:
        a, b = 0, 1
        for _ in range(n):
            a, b = b, (a + b) % m
        out.append(a % m)
    return out
''',
    "one-pass-to-max": '''
def nth_fibonacci_mod(ns, m):
    wanted = sorted(set(ns))
    found = {}
    a, b = 0, 1
    i = 0
    for n in wanted:
        while i < n:
            a, b = b, (a + b) % m
            i += 1
        found[n] = a % m
    return [found[n] for n in ns]
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
