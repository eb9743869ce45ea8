"""Leftmost longest palindromic substring."""

TAGS = ["strings", "dynamic-programming"]
VERSION = 2
ENTRY_POINT = "longest_palindrome"
PROMPT = """
Write a Python function `longest_palindrome(s: str) -> str` that returns the longest contiguous
substring of `s` that reads the same forwards and backwards. If several substrings share the
maximum length, return the one that starts at the smallest index. Return "" for an empty `s`.

`s` holds up to 600 lowercase ASCII letters. Comparison is exact, character by character.
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
MAX_N = 600
SHAPES = ["random", "long-runs", "all-same", "two-letters", "palindrome", "tie-leftmost", "even-longest",
          "no-repeats"]
PERF_SHAPE = "long-runs"
FILLER = "qrstuvwxyz"


def _palindrome(rng, length, alphabet="ab"):
    half = "".join(rng.choice(alphabet) for _ in range(length // 2))
    middle = rng.choice(alphabet) if length % 2 else ""
    return half + middle + half[::-1]


def make_input(rng, n, shape):
    """A string of ``n`` lowercase letters.

    ``long-runs`` (runs of one letter, 40 to 130 long) makes expanding around every centre
    quadratic; ``all-same`` and ``palindrome`` have an answer as long as the string (a capped
    expansion radius misses it); ``tie-leftmost`` holds two longest palindromes of equal length;
    ``even-longest`` has an even-length answer; ``no-repeats`` has only one-letter palindromes.
    """
    if shape == "random":
        alphabet = rng.choice(["ab", "abc", "abcdefg"])
        return ["".join(rng.choice(alphabet) for _ in range(n))]
    if shape == "long-runs":
        parts, size = [], 0
        while size < n:
            part = "a" * rng.randint(40, 130) + rng.choice("bcdefg")
            parts.append(part)
            size += len(part)
        return ["".join(parts)[:n]]
    if shape == "all-same":
        return [rng.choice("abcxyz") * n]
    if shape == "two-letters":
        return ["".join(rng.choice("ab") for _ in range(n))]
    if shape == "palindrome":
        return [_palindrome(rng, n)]
    if shape in ("tie-leftmost", "even-longest"):
        length = max(0, n // 3)
        if shape == "even-longest":
            length -= length % 2
            left, right = _palindrome(rng, length), _palindrome(rng, max(0, length - 1))
        else:
            left, right = _palindrome(rng, length), _palindrome(rng, length)
        filler = (FILLER * (n // len(FILLER) + 1))[: max(0, n - len(left) - len(right))]
        cut = len(filler) // 2
        return [(filler[:cut] + left + filler[cut:] + right)[:n]]
    if shape == "no-repeats":
        return [(FILLER * (n // len(FILLER) + 1))[:n]]
    raise ValueError(shape)


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
    "grow-by-slices": '''
def longest_palindrome(s):
    if not s:
        return ""
    # the longest palindrome ending at i is at most 2 longer than the best one so far, so only
    # two candidates per end position need checking (each by one reversed slice)
    start, size = 0, 1
    for i in range(1, len(s)):
        lo = i - size - 1
        if lo >= 0:
            odd = s[lo:i + 1]
            if odd == odd[::-1]:
                start, size = lo, size + 2
                continue
        even = s[lo + 1:i + 1]
        if even == even[::-1]:
            start, size = lo + 1, size + 1
    return s[start:start + size]
''',
}

WRONG_SOLUTIONS = {
    "radius-capped-at-50": '''
def longest_palindrome(s):
    n = len(s)
    best_start, best_len = 0, 0
    for center in range(2 * n - 1):
        lo = center // 2
        hi = lo + center % 2
        steps = 0
        while lo >= 0 and hi < n and s[lo] == s[hi] and steps < 50:
            lo -= 1
            hi += 1
            steps += 1
        length = hi - lo - 1
        if length > best_len:
            best_start, best_len = lo + 1, length
    return s[best_start:best_start + best_len]
''',
    "window-of-200": '''
def longest_palindrome(s):
    best = ""
    for lo in range(0, max(len(s), 1), 100):
        chunk = s[lo:lo + 200]
        n = len(chunk)
        for center in range(2 * n - 1):
            i = center // 2
            j = i + center % 2
            while i >= 0 and j < n and chunk[i] == chunk[j]:
                i -= 1
                j += 1
            if j - i - 1 > len(best):
                best = chunk[i + 1:j]
    return best
''',
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
