"""Length of the longest common subsequence of two strings."""

from tasks.builtin._string_pairs import SHAPES, make_input  # noqa: F401 (read by tasks.authoring)

TAGS = ["dynamic-programming", "strings"]
VERSION = 2
ENTRY_POINT = "lcs_length"
PROMPT = """
Write a Python function `lcs_length(a: str, b: str) -> int` that returns the length of the
longest common subsequence of `a` and `b`: the largest `L` such that some `L` characters can be
picked from `a` in order (not necessarily adjacent) and the same sequence of
characters can be picked in order from `b`. Comparison is case-sensitive and by exact character.
Either string may be empty (then the answer is 0). Each string holds up to 250 characters (any
Unicode characters).
"""

EDGE_CASES = [
    (["", ""], 0),
    (["abc", ""], 0),
    (["", "abc"], 0),
    (["a", "a"], 1),
    (["a", "b"], 0),
    (["abcde", "ace"], 3),
    (["abc", "abc"], 3),
    (["abc", "def"], 0),
    (["aaaa", "aa"], 2),
    (["AbC", "abc"], 1),
    (["ABCBDAB", "BDCABA"], 4),
    (["xaxbxcx", "abc"], 3),
]
MAX_N = 250
PERF_SHAPE = "unrelated"


REFERENCES = {
    "memo-recursion": '''
import sys


def lcs_length(a, b):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 2 * (len(a) + len(b)) + 100))
    memo = {}

    def go(i, j):
        if i == len(a) or j == len(b):
            return 0
        key = (i, j)
        if key in memo:
            return memo[key]
        if a[i] == b[j]:
            r = 1 + go(i + 1, j + 1)
        else:
            r = max(go(i + 1, j), go(i, j + 1))
        memo[key] = r
        return r

    return go(0, 0)
''',
    "rolling-rows": '''
def lcs_length(a, b):
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            if ca == cb:
                cur.append(prev[j] + 1)
            else:
                left = cur[j]
                up = prev[j + 1]
                cur.append(left if left > up else up)
        prev = cur
    return prev[-1]
''',
    "bit-parallel": '''
def lcs_length(a, b):
    n = len(a)
    if n == 0 or not b:
        return 0
    masks = {}
    for i, c in enumerate(a):
        masks[c] = masks.get(c, 0) | (1 << i)
    full = (1 << n) - 1
    v = full
    get = masks.get
    for c in b:
        u = v & get(c, 0)
        v = (v + u) | (v - u)
    return n - bin(v & full).count("1")
''',
}

WRONG_SOLUTIONS = {
    "band-of-32": '''
def lcs_length(a, b):
    n, m = len(a), len(b)
    band = 32
    prev = [0] * (m + 1)
    for i in range(1, n + 1):
        cur = [0] * (m + 1)
        for j in range(max(1, i - band), min(m, i + band) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
            else:
                cur[j] = max(prev[j], cur[j - 1])
        prev = cur
    return max(prev)
''',
    "bit-parallel-64-chars": '''
def lcs_length(a, b):
    a = a[:64]                             # one machine word of pattern
    n = len(a)
    if n == 0 or not b:
        return 0
    masks = {}
    for i, c in enumerate(a):
        masks[c] = masks.get(c, 0) | (1 << i)
    full = (1 << n) - 1
    v = full
    for c in b:
        u = v & masks.get(c, 0)
        v = ((v + u) | (v - u)) & full
    return n - bin(v).count("1")
''',
    "utf8-bytes": '''
def lcs_length(a, b):
    a, b = a.encode(), b.encode()
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(cur[j], prev[j + 1]))
        prev = cur
    return prev[-1]
''',
    "longest-common-substring": '''
def lcs_length(a, b):
    best = 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best
''',
    "greedy-match": '''
def lcs_length(a, b):
    count = 0
    j = 0
    for c in a:
        k = b.find(c, j)
        if k >= 0:
            count += 1
            j = k + 1
    return count
''',
}
