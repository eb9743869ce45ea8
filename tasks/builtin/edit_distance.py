"""Levenshtein edit distance between two strings."""

TAGS = ["dynamic-programming", "strings"]
ENTRY_POINT = "edit_distance"
PROMPT = """
Write a Python function `edit_distance(a: str, b: str) -> int` that returns the minimum number of
single-character edits needed to turn `a` into `b`, where an edit is inserting one character,
deleting one character, or replacing one character by another (each costs 1). Comparison is
case-sensitive and by exact character. Either string may be empty (the distance to or from the
empty string is the other string's length). Each string holds up to 2000 characters.
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
RANDOM_CASES = 25


def random_case(rng):
    alphabet = "abcd"[: rng.randrange(1, 5)]
    a = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 25)))
    b = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 25)))
    return [a, b]


def perf_input(rng):
    a = "".join(rng.choice("acgt") for _ in range(210))
    b = list(a)
    for _ in range(60):
        op = rng.randrange(3)
        i = rng.randrange(len(b))
        if op == 0:
            b[i] = rng.choice("acgt")
        elif op == 1:
            del b[i]
        else:
            b.insert(i, rng.choice("acgt"))
    return [a, "".join(b)]


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
