"""Count the primes in a window [lo, hi) of the integers below 10^9 (SPOJ PRIME1's shape).

Version 3 replaced ``count_primes(n)`` (primes below ``n <= 3 * 10^4``): every answer of that
task fits in a few kilobytes of source (compiling a constant is not counted), so a table lookup
outscored any sieve, and prefix counts stay tabulable at any bound (counts at checkpoints, then
a short sieve).  A window's count is a difference of two prefix counts, so a table still helps,
but only so far: prime counts at every ``S``-th integer need about 9 bits an entry (the count's
deviation from ``S / ln x``) and source carries about 6.5 bits a byte, so the 32 KiB source cap
allows ``S >= 4 * 10^4`` (``2 * 10^4`` covering only the upper half, where the scored window
lies).  Finishing from the nearest entries sieves two stretches of about ``S / 4`` each, and a
sieve's fixed cost (a pass over the 3,401 base primes below 31,623, about a third of the fastest
tier's count) is paid for them as for the window, so the table saves little of what an honest
segmented sieve spends (``tests/harness/languages/python/test_tables.py`` measures it).
"""

TAGS = ["math", "number-theory"]
VERSION = 3
ENTRY_POINT = "count_primes"
PROMPT = """
Write a Python function `count_primes(lo: int, hi: int) -> int` that returns how many prime
numbers `p` satisfy `lo <= p < hi`. The integers satisfy `0 <= lo <= hi <= 10^9` and
`hi - lo <= 3 * 10^4`; return 0 when the window holds no prime (for example when `lo == hi`).
"""

EDGE_CASES = [
    ([0, 0], 0),
    ([0, 1], 0),
    ([0, 2], 0),
    ([0, 3], 1),
    ([2, 3], 1),
    ([1, 2], 0),
    ([3, 4], 1),
    ([4, 5], 0),
    ([0, 10], 4),
    ([0, 100], 25),
    ([0, 1000], 168),
    ([10, 20], 4),
    ([24, 29], 0),
    ([25, 26], 0),
    ([121, 122], 0),
    ([999999937, 999999938], 1),        # the largest prime below 10^9
    ([999999800, 10**9], 4),            # 999999883, 999999893, 999999929, 999999937
    ([10**9, 10**9], 0),
]
MAX_N = 3 * 10**4
"""The window width bound."""
HI_MAX = 10**9
SHAPES = ["random", "near-bound", "at-bound", "from-zero", "prime-square", "ends-at-prime", "empty"]
PERF_SHAPE = "near-bound"


def _is_prime(m):
    """Miller-Rabin with bases that decide every ``m < 3.4 * 10^12`` (Jaeschke 1993)."""
    if m < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13):
        if m % p == 0:
            return m == p
    d, s = m - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13):
        x = pow(a, d, m)
        if x in (1, m - 1):
            continue
        for _ in range(s - 1):
            x = x * x % m
            if x == m - 1:
                break
        else:
            return False
    return True


def make_input(rng, n, shape):
    """``n`` bounds the window's width; adversarial shapes sit where segmented sieves go wrong.

    ``near-bound`` (the scored shape): a window within 2% of width ``n`` placed at random in the
    upper half of the range, drawn from the run's seed so the scored answer cannot be known in
    advance; ``at-bound``: the window ending at 10^9; ``from-zero``: a window starting at 0 to 3
    (0 and 1 are not prime, 2 is); ``prime-square``: a window holding ``p * p`` for a prime ``p``
    and ending before ``(p + 1)^2``, so that ``p`` is the largest base prime (a sieve that stops
    one base prime early counts ``p * p``); ``ends-at-prime``: ``hi`` is a prime (outside the
    window); ``empty``: ``lo == hi``.
    """
    if shape == "random":
        lo = rng.randint(0, HI_MAX - n)
        return [lo, lo + rng.randint(0, n)]
    if shape == "near-bound":
        lo = rng.randint(HI_MAX // 2, HI_MAX - n)
        return [lo, lo + n - rng.randint(0, n // 50)]
    if shape == "at-bound":
        return [HI_MAX - n, HI_MAX]
    if shape == "from-zero":
        lo = rng.randint(0, min(3, n))
        return [lo, lo + n]
    if shape == "prime-square":
        p = int((rng.randint(HI_MAX // 4, HI_MAX) - 1) ** 0.5)
        while not _is_prime(p):
            p -= 1
        hi = p * p + 1 + rng.randint(0, min(2 * p, max(n - 1, 0)))     # so that isqrt(hi - 1) == p
        return [max(0, hi - max(n, 1)), hi]
    if shape == "ends-at-prime":
        hi = rng.randint(max(2, n), HI_MAX)
        while not _is_prime(hi):
            hi -= 1
        return [max(0, hi - n), hi]
    if shape == "empty":
        lo = rng.randint(0, HI_MAX)
        return [lo, lo]
    raise ValueError(shape)


REFERENCES = {
    "miller-rabin": '''
def count_primes(lo, hi):
    count = 0
    for m in range(max(lo, 2), hi):
        if m % 2 == 0 or m % 3 == 0 or m % 5 == 0:
            count += m in (2, 3, 5)
            continue
        if m < 49:
            count += m > 1
            continue
        d, s = m - 1, 0
        while d % 2 == 0:
            d //= 2
            s += 1
        for a in (2, 7, 61):                # decide every m below 4.7 * 10^9 (Jaeschke 1993)
            if a % m == 0:
                continue
            x = pow(a, d, m)
            if x == 1 or x == m - 1:
                continue
            for _ in range(s - 1):
                x = x * x % m
                if x == m - 1:
                    break
            else:
                break
        else:
            count += 1
    return count
''',
    "segment-sieve-loop": '''
from math import isqrt


def count_primes(lo, hi):
    lo = max(lo, 2)
    if hi <= lo:
        return 0
    root = isqrt(hi - 1)
    small = [True] * (root + 1)
    base = []
    for p in range(2, root + 1):
        if small[p]:
            base.append(p)
            for q in range(p * p, root + 1, p):
                small[q] = False
    segment = [True] * (hi - lo)
    for p in base:
        for j in range(max(p * p, (lo + p - 1) // p * p), hi, p):
            segment[j - lo] = False
    return sum(segment)
''',
    "segment-sieve-slices": '''
from math import isqrt


def count_primes(lo, hi):
    lo = max(lo, 2)
    if hi <= lo:
        return 0
    root = isqrt(hi - 1)
    small = bytearray([1]) * (root + 1)
    small[0] = small[1] = 0
    i = 2
    while i * i <= root:
        if small[i]:
            small[i * i::i] = bytes(len(range(i * i, root + 1, i)))
        i += 1
    segment = bytearray([1]) * (hi - lo)
    for p in range(2, root + 1):
        if small[p]:
            start = max(p * p, (lo + p - 1) // p * p)
            if start < hi:
                segment[start - lo::p] = bytes(len(range(start, hi, p)))
    return segment.count(1)
''',
    "odd-segment-slices": '''
from itertools import compress
from math import isqrt


def count_primes(lo, hi):
    lo = max(lo, 2)
    if hi <= lo:
        return 0
    count = 1 if lo == 2 else 0          # the only even prime
    first = lo | 1                       # segment[i] stands for the odd number first + 2 * i
    if first >= hi:
        return count
    root = isqrt(hi - 1)
    small = bytearray([1]) * (root + 1)  # only the odd entries are used
    i = 3
    while i * i <= root:
        if small[i]:
            small[i * i::2 * i] = bytes(len(range(i * i, root + 1, 2 * i)))
        i += 2
    size = (hi - first + 1) // 2
    segment = bytearray([1]) * size
    for p in compress(range(3, root + 1, 2), small[3::2]):
        start = max(p * p, (first + p - 1) // p * p)
        if start % 2 == 0:
            start += p
        if start < hi:
            j = (start - first) // 2
            if j + p >= size:            # a large prime strikes at most one number of the window
                segment[j] = 0
            else:
                segment[j::p] = bytes((size - 1 - j) // p + 1)
    if first == 1:
        segment[0] = 0                   # 1 is not prime
    return count + segment.count(1)
''',
}

WRONG_SOLUTIONS = {
    "base-primes-below-1000": '''
def count_primes(lo, hi):
    lo = max(lo, 2)
    if hi <= lo:
        return 0
    base = [p for p in range(2, 1000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
    segment = bytearray([1]) * (hi - lo)
    for p in base:
        start = max(p * p, (lo + p - 1) // p * p)
        if start < hi:
            segment[start - lo::p] = bytes(len(range(start, hi, p)))
    return segment.count(1)
''',
    "counts-hi-itself": '''
def count_primes(lo, hi):
    lo = max(lo, 2)
    hi += 1
    if hi <= lo:
        return 0
    root = int(hi ** 0.5) + 1
    small = bytearray([1]) * (root + 1)
    small[0] = small[1] = 0
    for i in range(2, int(root ** 0.5) + 1):
        if small[i]:
            small[i * i::i] = bytes(len(range(i * i, root + 1, i)))
    segment = bytearray([1]) * (hi - lo)
    for p in range(2, root + 1):
        if small[p]:
            start = max(p * p, (lo + p - 1) // p * p)
            if start < hi:
                segment[start - lo::p] = bytes(len(range(start, hi, p)))
    return segment.count(1)
''',
    "crosses-out-base-primes": '''
def count_primes(lo, hi):
    lo = max(lo, 2)
    if hi <= lo:
        return 0
    root = int(hi ** 0.5) + 1
    small = bytearray([1]) * (root + 1)
    small[0] = small[1] = 0
    for i in range(2, int(root ** 0.5) + 1):
        if small[i]:
            small[i * i::i] = bytes(len(range(i * i, root + 1, i)))
    segment = bytearray([1]) * (hi - lo)
    for p in range(2, root + 1):
        if small[p]:
            start = (lo + p - 1) // p * p          # should start at max(p * p, ...)
            if start < hi:
                segment[start - lo::p] = bytes(len(range(start, hi, p)))
    return segment.count(1)
''',
    "root-one-short": '''
def count_primes(lo, hi):
    lo = max(lo, 2)
    if hi <= lo:
        return 0
    root = int((hi - 1) ** 0.5) - 1
    small = bytearray([1]) * (root + 1)
    small[0] = 0
    if root >= 1:
        small[1] = 0
    for i in range(2, int(root ** 0.5) + 1):
        if small[i]:
            small[i * i::i] = bytes(len(range(i * i, root + 1, i)))
    segment = bytearray([1]) * (hi - lo)
    for p in range(2, root + 1):
        if small[p]:
            start = max(p * p, (lo + p - 1) // p * p)
            if start < hi:
                segment[start - lo::p] = bytes(len(range(start, hi, p)))
    return segment.count(1)
''',
    "fermat-base-2": '''
def count_primes(lo, hi):
    return sum(1 for m in range(max(lo, 2), hi) if m == 2 or pow(2, m - 1, m) == 1)
''',
}
