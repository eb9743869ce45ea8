"""Number of ways to split a string into dictionary words, modulo 10^9+7."""

TAGS = ["dynamic-programming", "strings"]
ENTRY_POINT = "word_break_count"
PROMPT = """
Write a Python function `word_break_count(s: str, words: list[str]) -> int` that returns the
number of ways to split `s` into a sequence of one or more consecutive pieces such that every
piece is one of the strings in `words` (a word may be used any number of times). Two splits are
different when their cut positions differ. Return the count modulo 1_000_000_007. The empty
string has exactly one split (into no pieces), so `word_break_count("", words)` is 1.

`s` holds up to 10^4 lowercase letters; `words` holds up to 1000 non-empty lowercase strings of
length at most 50, possibly with repeats (a repeated word does not add extra splits).
Do not modify `words`.
"""

EDGE_CASES = [
    (["", []], 1),
    (["", ["a"]], 1),
    (["a", []], 0),
    (["a", ["a"]], 1),
    (["a", ["a", "a"]], 1),
    (["b", ["a"]], 0),
    (["aa", ["a", "aa"]], 2),
    (["aaa", ["a", "aa"]], 3),
    (["catsanddog", ["cat", "cats", "and", "sand", "dog"]], 2),
    (["pineapplepenapple", ["apple", "pen", "applepen", "pine", "pineapple"]], 3),
    (["catsandog", ["cats", "dog", "sand", "and", "cat"]], 0),
    (["abc", ["abcd"]], 0),
    (["a" * 60, ["a"]], 1),
    (["a" * 50, ["a", "aa"]], 365010934),        # Fibonacci(51) = 20365011074, mod 1e9+7
]
RANDOM_CASES = 25


def random_case(rng):
    alphabet = rng.choice(["ab", "abc"])
    s = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 5))) for _ in range(rng.randrange(0, 8))]
    return [s, words]


def perf_input(rng):
    words = ["".join(rng.choice("ab") for _ in range(length)) for length in (1, 2, 3, 3, 5, 8, 8, 13) for _ in range(3)]
    words += ["".join(rng.choice("ab") for _ in range(50))]
    return ["".join(rng.choice("ab") for _ in range(450)), words]


REFERENCES = {
    "all-cut-pairs": '''
def word_break_count(s, words):
    MOD = 10**9 + 7
    vocab = set(words)
    n = len(s)
    ways = [1] + [0] * n
    for end in range(1, n + 1):
        total = 0
        for start in range(end):
            if ways[start] and s[start:end] in vocab:
                total += ways[start]
        ways[end] = total % MOD
    return ways[n]
''',
    "bounded-length": '''
def word_break_count(s, words):
    MOD = 10**9 + 7
    vocab = set(words)
    longest = max(map(len, vocab), default=0)
    n = len(s)
    ways = [1] + [0] * n
    for end in range(1, n + 1):
        total = 0
        for start in range(max(0, end - longest), end):
            if ways[start] and s[start:end] in vocab:
                total += ways[start]
        ways[end] = total % MOD
    return ways[n]
''',
    "per-word-length": '''
def word_break_count(s, words):
    MOD = 10**9 + 7
    by_length = {}
    for w in words:
        by_length.setdefault(len(w), set()).add(w)
    groups = sorted(by_length.items())
    n = len(s)
    ways = [1] + [0] * n
    for end in range(1, n + 1):
        total = 0
        for length, group in groups:
            if length > end:
                break
            if s[end - length:end] in group:
                total += ways[end - length]
        ways[end] = total % MOD
    return ways[n]
''',
}

WRONG_SOLUTIONS = {
    "counts-duplicate-words": '''
def word_break_count(s, words):
    MOD = 10**9 + 7
    n = len(s)
    ways = [1] + [0] * n
    for end in range(1, n + 1):
        for w in words:
            if len(w) <= end and s[end - len(w):end] == w:
                ways[end] += ways[end - len(w)]
        ways[end] %= MOD
    return ways[n]
''',
    "empty-string-zero": '''
def word_break_count(s, words):
    if not s:
        return 0
    MOD = 10**9 + 7
    vocab = set(words)
    n = len(s)
    ways = [1] + [0] * n
    for end in range(1, n + 1):
        ways[end] = sum(ways[start] for start in range(end) if s[start:end] in vocab) % MOD
    return ways[n]
''',
    "no-modulo": '''
def word_break_count(s, words):
    vocab = set(words)
    n = len(s)
    ways = [1] + [0] * n
    for end in range(1, n + 1):
        ways[end] = sum(ways[start] for start in range(max(0, end - 50), end) if s[start:end] in vocab)
    return ways[n]
''',
}
