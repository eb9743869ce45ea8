"""Levenshtein edit distance between two strings."""

TAGS = ["dynamic-programming", "strings"]
VERSION = 2
ENTRY_POINT = "edit_distance"
PROMPT = """
Write a Python function `edit_distance(a: str, b: str) -> int` that returns the minimum number of
single-character edits needed to turn `a` into `b`, where an edit is inserting one character,
deleting one character, or replacing one character by another (each costs 1). Comparison is
case-sensitive and by exact character. Either string may be empty (the distance to or from the
empty string is the other string's length). Each string holds up to 200 characters (any
Unicode characters).
"""

EDGE_CASES = [
    (["", ""], 0),
    (["", "abc"], 3),
    (["abcd", ""], 4),
    (["a", "a"], 0),
    (["a", "b"], 1),
    (["kitten", "sitting"], 3),
    (["flaw", "lawn"], 2),
    (["abc", "cba"], 2),
    (["intention", "execution"], 5),
    (["aaaa", "aa"], 2),
    (["Ab", "ab"], 1),
    (["abcdef", "azced"], 3),
]
MAX_N = 200
SHAPES = ["random", "unrelated", "similar", "shifted", "one-empty", "same-char", "disjoint-alphabets",
          "long-vs-short", "unicode"]
PERF_SHAPE = "unrelated"
DNA = "acgt"


def _text(rng, n, alphabet=DNA):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _mutate(rng, s, edits, alphabet=DNA):
    s = list(s)
    for _ in range(edits):
        op = rng.randrange(3)
        i = rng.randrange(len(s) + 1)
        if op == 0 and i < len(s):
            s[i] = rng.choice(alphabet)
        elif op == 1 and i < len(s):
            del s[i]
        else:
            s.insert(i, rng.choice(alphabet))
    return "".join(s)


def make_input(rng, n, shape):
    """Two strings of up to ``n`` characters.

    ``unrelated`` (two random strings of length ``n``) makes every cell of the table matter,
    the worst case of memoised recursion; ``shifted`` aligns ``a`` and ``b`` ``n // 4``
    positions off the diagonal (a DP restricted to a narrow band misses it); ``long-vs-short``
    and ``one-empty`` are lopsided; ``unicode`` uses characters outside ASCII.
    """
    if shape == "random":
        alphabet = "abcd"[: rng.randint(1, 4)]
        return [_text(rng, rng.randint(0, n), alphabet), _text(rng, rng.randint(0, n), alphabet)]
    if shape == "unrelated":
        return [_text(rng, n), _text(rng, n)]
    if shape == "similar":
        a = _text(rng, n)
        return [a, _mutate(rng, a, max(1, n // 10))[:n]]
    if shape == "shifted":
        core = _text(rng, n - n // 4)
        return [_text(rng, n // 4) + core, core + _text(rng, n // 4)]
    if shape == "one-empty":
        a = _text(rng, n)
        return [a, ""] if rng.random() < 0.5 else ["", a]
    if shape == "same-char":
        return ["a" * n, "a" * rng.randint(0, n)]
    if shape == "disjoint-alphabets":
        return [_text(rng, n, "ab"), _text(rng, rng.randint(0, n), "xy")]
    if shape == "long-vs-short":
        a = _text(rng, n)
        return [a, _text(rng, min(n, rng.randint(0, 10)))]
    if shape == "unicode":
        alphabet = "aé中😀"
        a = _text(rng, n, alphabet)
        return [a, _mutate(rng, a, max(1, n // 5), alphabet)[:n]]
    raise ValueError(shape)


REFERENCES = {
    "memo-recursion": '''
import sys


def edit_distance(a, b):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 2 * (len(a) + len(b)) + 100))
    memo = {}

    def go(i, j):
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        key = (i, j)
        if key in memo:
            return memo[key]
        if a[i] == b[j]:
            r = go(i + 1, j + 1)
        else:
            r = 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))
        memo[key] = r
        return r

    return go(0, 0)
''',
    "rolling-rows": '''
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b):
            if ca == cb:
                cur.append(prev[j])
            else:
                best = prev[j]
                if prev[j + 1] < best:
                    best = prev[j + 1]
                if cur[j] < best:
                    best = cur[j]
                cur.append(best + 1)
        prev = cur
    return prev[-1]
''',
    "bit-vector": '''
def edit_distance(a, b):
    m = len(a)
    if m == 0:
        return len(b)
    if not b:
        return m
    peq = {}
    for i, c in enumerate(a):
        peq[c] = peq.get(c, 0) | (1 << i)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv = mask
    mv = 0
    score = m
    get = peq.get
    for c in b:
        eq = get(c, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | ~(xh | pv)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = (ph << 1) | 1
        mh <<= 1
        pv = (mh | ~(xv | ph)) & mask
        mv = ph & xv
    return score
''',
}

WRONG_SOLUTIONS = {
    "band-of-32": '''
def edit_distance(a, b):
    n, m = len(a), len(b)
    band = 32
    inf = n + m + 1
    prev = [j if j <= band else inf for j in range(m + 1)]
    for i in range(1, n + 1):
        cur = [inf] * (m + 1)
        if i <= band:
            cur[0] = i
        for j in range(max(1, i - band), min(m, i + band) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1]
            else:
                cur[j] = 1 + min(prev[j - 1], prev[j], cur[j - 1])
        prev = cur
    return prev[m] if prev[m] < inf else max(n, m)
''',
    "bit-vector-64-chars": '''
def edit_distance(a, b):
    if len(a) > 64:                        # one machine word of pattern
        a, b = a[:64], b[:64 + len(b) - len(a)] if len(b) > len(a) else b[:64]
    m = len(a)
    if m == 0:
        return len(b)
    peq = {}
    for i, c in enumerate(a):
        peq[c] = peq.get(c, 0) | (1 << i)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    for c in b:
        eq = peq.get(c, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | ~(xh | pv)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = (ph << 1) | 1
        mh <<= 1
        pv = (mh | ~(xv | ph)) & mask
        mv = ph & xv
    return score
''',
    "utf8-bytes": '''
def edit_distance(a, b):
    a, b = a.encode(), b.encode()
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b):
            cur.append(prev[j] if ca == cb else 1 + min(prev[j], prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]
''',
    "hamming-plus-length": '''
def edit_distance(a, b):
    return sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b))
''',
    "no-substitution": '''
def edit_distance(a, b):
    n, m = len(a), len(b)
    prev = list(range(m + 1))
    for i in range(1, n + 1):
        cur = [i] + [0] * m
        for j in range(1, m + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1]
            else:
                cur[j] = 1 + min(prev[j], cur[j - 1])
        prev = cur
    return prev[m]
''',
}
