"""Leftmost longest palindromic substring."""

TAGS = ["strings", "dynamic-programming"]
ENTRY_POINT = "longest_palindrome"
PROMPT = """
Write a Python function `longest_palindrome(s: str) -> str` that returns the longest contiguous
substring of `s` that reads the same forwards and backwards. If several substrings share the
maximum length, return the one that starts at the smallest index. Return "" for an empty `s`.

`s` holds up to 2000 lowercase ASCII letters. Comparison is exact, character by character.
"""

EDGE_CASES = [
    ([""], ""),
    (["a"], "a"),
    (["ab"], "a"),
    (["aa"], "aa"),
    (["babad"], "bab"),
    (["cbbd"], "bb"),
    (["abcde"], "a"),
    (["aaaa"], "aaaa"),
    (["forgeeksskeegfor"], "geeksskeeg"),
    (["abacdfgdcaba"], "aba"),
    (["xyzracecarabc"], "racecar"),
    (["abbaxcddc"], "abba"),
    (["abcbazz"], "abcba"),
    (["zzabcba"], "abcba"),
    (["abcddcbae"], "abcddcba"),
]
RANDOM_CASES = 25


def random_case(rng):
    alphabet = rng.choice(["ab", "abc", "abcdefg"])
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))]


def perf_input(rng):
    parts = []
    size = 0
    while size < 560:
        part = "a" * rng.randrange(40, 130) + rng.choice("bcdefg")
        parts.append(part)
        size += len(part)
    return ["".join(parts)[:560]]


REFERENCES = {
    "dp-table": '''
def longest_palindrome(s):
    n = len(s)
    if n == 0:
        return ""
    pal = [[False] * n for _ in range(n)]
    for i in range(n):
        pal[i][i] = True
    best_start, best_len = 0, 1
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            if s[i] == s[j] and (length == 2 or pal[i + 1][j - 1]):
                pal[i][j] = True
                if length > best_len:
                    best_start, best_len = i, length
    return s[best_start:best_start + best_len]
''',
    "expand-center": '''
def longest_palindrome(s):
    n = len(s)
    best_start, best_len = 0, 0
    for center in range(2 * n - 1):
        lo = center // 2
        hi = lo + center % 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        length = hi - lo - 1
        if length > best_len:
            best_start, best_len = lo + 1, length
    return s[best_start:best_start + best_len]
''',
    "manacher": '''
def longest_palindrome(s):
    if not s:
        return ""
    t = "^#" + "#".join(s) + "#$"
    n = len(t)
    p = [0] * n
    c = r = 0
    for i in range(1, n - 1):
        k = min(r - i, p[2 * c - i]) if i < r else 0
        while t[i + k + 1] == t[i - k - 1]:
            k += 1
        p[i] = k
        if i + k > r:
            c, r = i, i + k
    best = max(range(n), key=p.__getitem__)
    start = (best - p[best] - 1) // 2
    return s[start:start + p[best]]
''',
}

WRONG_SOLUTIONS = {
    "rightmost-tie": '''
def longest_palindrome(s):
    n = len(s)
    best_start, best_len = 0, 0
    for center in range(2 * n - 1):
        lo = center // 2
        hi = lo + center % 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 >= best_len:
            best_start, best_len = lo + 1, hi - lo - 1
    return s[best_start:best_start + best_len]
''',
    "odd-lengths-only": '''
def longest_palindrome(s):
    n = len(s)
    best_start, best_len = 0, 0
    for mid in range(n):
        lo = hi = mid
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > best_len:
            best_start, best_len = lo + 1, hi - lo - 1
    return s[best_start:best_start + best_len]
''',
    "empty-crashes": '''
def longest_palindrome(s):
    best = s[0]
    n = len(s)
    for center in range(2 * n - 1):
        lo = center // 2
        hi = lo + center % 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best
''',
}
