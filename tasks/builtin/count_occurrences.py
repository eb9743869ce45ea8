"""Count possibly-overlapping occurrences of a pattern in a text."""

TAGS = ["strings", "searching"]
ENTRY_POINT = "count_occurrences"
PROMPT = """
Write a Python function `count_occurrences(text: str, pattern: str) -> int` that returns the
number of positions `i` at which `pattern` occurs in `text`, i.e. `text[i:i + len(pattern)] ==
pattern`. Occurrences may overlap: `count_occurrences("aaaa", "aa")` is 3. Comparison is
case-sensitive and by exact character. If `pattern` is empty, return 0; if `pattern` is longer
than `text`, return 0. `text` holds up to 10^6 characters and `pattern` up to 10^3.
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
RANDOM_CASES = 25


def random_case(rng):
    alphabet = "ab" if rng.random() < 0.7 else "abc"
    text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
    pattern = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 5)))
    return [text, pattern]


def perf_input(rng):
    parts = []
    size = 0
    while size < 15000:
        block = "a" * rng.randrange(15, 70) + "b"
        parts.append(block)
        size += len(block)
    return ["".join(parts), "a" * 30 + "b"]


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
}

WRONG_SOLUTIONS = {
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
