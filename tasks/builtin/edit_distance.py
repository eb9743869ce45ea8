"""Levenshtein edit distance between two strings."""

from tasks.builtin._string_pairs import SHAPES, make_input  # noqa: F401 (read by tasks.authoring)

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
PERF_SHAPE = "unrelated"


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
