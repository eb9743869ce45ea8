"""Count possibly-overlapping occurrences of a pattern in a text."""

TAGS = ["strings", "searching"]
VERSION = 2
ENTRY_POINT = "count_occurrences"
PROMPT = """
Write a Python function `count_occurrences(text: str, pattern: str) -> int` that returns the
number of positions `i` at which `pattern` occurs in `text`, i.e. `text[i:i + len(pattern)] ==
pattern`. Occurrences may overlap: `count_occurrences("aaaa", "aa")` is 3. Comparison is
case-sensitive and by exact character. If `pattern` is empty, return 0; if `pattern` is longer
than `text`, return 0. `text` holds up to 20,000 characters and `pattern` up to 100.
"""

EDGE_CASES = [
    (["", ""], 0),
    (["abc", ""], 0),
    (["", "a"], 0),
    (["a", "a"], 1),
    (["ab", "abc"], 0),
    (["aaaa", "aa"], 3),
    (["aaaaa", "aaa"], 3),
    (["abababa", "aba"], 3),
    (["hello world", "o"], 2),
    (["Hello", "h"], 0),
    (["abcabcab", "cab"], 2),
    (["xyz", "xyz"], 1),
    (["mississippi", "issi"], 2),
]
MAX_N = 20000
SHAPES = ["random", "runs", "all-same", "periodic", "match-at-end", "long-pattern", "no-match", "empty-pattern"]
PERF_SHAPE = "runs"
MAX_PATTERN = 100


def make_input(rng, n, shape):
    """A text of ``n`` characters and a pattern of at most 100.

    ``runs`` (runs of 15 to 70 ``a`` ended by ``b``, pattern ``a * 30 + b``) makes comparing
    character by character stop late at almost every position; ``all-same`` and ``periodic``
    have overlapping occurrences at most positions (non-overlapping counting and one loop step
    per occurrence suffer); ``match-at-end`` has an occurrence at the last possible position;
    ``long-pattern`` is at the stated pattern length; ``no-match`` and ``empty-pattern`` count 0.
    """
    if shape == "random":
        alphabet = "ab" if rng.random() < 0.7 else "abc"
        text = "".join(rng.choice(alphabet) for _ in range(n))
        return [text, "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5)))]
    if shape == "runs":
        parts, size = [], 0
        while size < n:
            block = "a" * rng.randint(15, 70) + "b"
            parts.append(block)
            size += len(block)
        return ["".join(parts)[:n], "a" * 30 + "b"]
    if shape == "all-same":
        return ["a" * n, "a" * rng.randint(1, min(MAX_PATTERN, max(n, 1)))]
    if shape == "periodic":
        unit = "".join(rng.choice("abc") for _ in range(rng.randint(1, 4)))
        text = (unit * (n // len(unit) + 1))[:n]
        return [text, (unit * (MAX_PATTERN // len(unit)))[: rng.randint(1, 3 * len(unit))]]
    if shape == "match-at-end":
        pattern = "".join(rng.choice("xyz") for _ in range(rng.randint(1, min(MAX_PATTERN, max(n, 1)))))
        body = "".join(rng.choice("ab") for _ in range(max(0, n - len(pattern))))
        return [body + pattern, pattern]
    if shape == "long-pattern":
        text = "".join(rng.choice("ab") for _ in range(n))
        i = rng.randint(0, max(0, n - MAX_PATTERN))
        return [text, text[i:i + MAX_PATTERN] or "ab"]
    if shape == "no-match":
        return ["".join(rng.choice("ab") for _ in range(n)), "c" + "a" * rng.randint(0, 10)]
    if shape == "empty-pattern":
        return ["".join(rng.choice("ab") for _ in range(n)), ""]
    raise ValueError(shape)


REFERENCES = {
    "char-compare": '''
def count_occurrences(text, pattern):
    n, m = len(text), len(pattern)
    if m == 0:
        return 0
    count = 0
    for i in range(n - m + 1):
        j = 0
        while j < m and text[i + j] == pattern[j]:
            j += 1
        if j == m:
            count += 1
    return count
''',
    "slice-compare": '''
def count_occurrences(text, pattern):
    m = len(pattern)
    if m == 0:
        return 0
    return sum(1 for i in range(len(text) - m + 1) if text[i:i + m] == pattern)
''',
    "find-loop": '''
def count_occurrences(text, pattern):
    if not pattern:
        return 0
    count = 0
    find = text.find
    i = find(pattern)
    while i >= 0:
        count += 1
        i = find(pattern, i + 1)
    return count
''',
    "border-check-then-count": '''
def count_occurrences(text, pattern):
    m = len(pattern)
    if m == 0 or m > len(text):
        return 0
    # the longest proper border of the pattern (KMP failure function): two occurrences can
    # only overlap if the pattern has one, so without it str.count (non-overlapping) is exact,
    # and with it no two occurrences are closer than the pattern's smallest period
    fail = [0] * m
    k = 0
    for i in range(1, m):
        while k and pattern[i] != pattern[k]:
            k = fail[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        fail[i] = k
    if fail[-1] == 0:
        return text.count(pattern)
    step = m - fail[-1]
    count = 0
    find = text.find
    i = find(pattern)
    while i >= 0:
        count += 1
        i = find(pattern, i + step)
    return count
''',
}

WRONG_SOLUTIONS = {
    "unverified-rolling-hash": '''
def count_occurrences(text, pattern):
    n, m = len(text), len(pattern)
    if m == 0 or m > n:
        return 0
    mod, base = 1009, 256
    top = pow(base, m - 1, mod)
    target = h = 0
    for i in range(m):
        target = (target * base + ord(pattern[i])) % mod
        h = (h * base + ord(text[i])) % mod
    count = h == target
    for i in range(m, n):
        h = ((h - ord(text[i - m]) * top) * base + ord(text[i])) % mod
        count += h == target
    return int(count)
''',
    "compares-first-and-last-character": '''
def count_occurrences(text, pattern):
    m = len(pattern)
    if m == 0:
        return 0
    first, last = pattern[0], pattern[-1]
    return sum(1 for i in range(len(text) - m + 1) if text[i] == first and text[i + m - 1] == last)
''',
    "non-overlapping": '''
def count_occurrences(text, pattern):
    if not pattern:
        return 0
    return text.count(pattern)
''',
    "empty-pattern-counts-positions": '''
def count_occurrences(text, pattern):
    count = 0
    i = text.find(pattern)
    while i >= 0:
        count += 1
        i = text.find(pattern, i + 1)
    return count
''',
    "misses-last-position": '''
def count_occurrences(text, pattern):
    m = len(pattern)
    if m == 0:
        return 0
    return sum(1 for i in range(len(text) - m) if text[i:i + m] == pattern)
''',
}
