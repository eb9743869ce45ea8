"""Number of ways to split a string into dictionary words, modulo 10^9+7."""

TAGS = ["dynamic-programming", "strings"]
ENTRY_POINT = "word_break_count"
PROMPT = """
Write a Python function `word_break_count(s: str, words: list[str]) -> int` that returns the
number of ways to split `s` into a sequence of one or more consecutive pieces such that every
piece is one of the strings in `words` (a word may be used any number of times). Two splits are
different when their cut positions differ. Return the count modulo 1_000_000_007. The empty
string has exactly one split (into no pieces), so `word_break_count("", words)` is 1.

`s` holds up to 500 lowercase letters; `words` holds up to 1000 non-empty lowercase strings of
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
VERSION = 2
MAX_N = 500
SHAPES = ["random", "long-words", "unary", "no-split", "duplicate-words", "many-words"]
PERF_SHAPE = "random"
"""A binary string with words of a few lengths up to 50: most positions are reachable, so trying
every earlier cut is quadratic, every cut within the longest word length O(n * 50), and one
lookup per distinct word length O(n * 9)."""


def _word(rng, length, alphabet="ab"):
    return "".join(rng.choice(alphabet) for _ in range(length))


def _concat(rng, words, n):
    """Whole words joined, as long as fits in ``n`` letters (so that it splits at least one way)."""
    out, size = [], 0
    for _ in range(4 * n + 4):
        w = rng.choice(words)
        if size + len(w) <= n:
            out.append(w)
            size += len(w)
    return "".join(out)


def make_input(rng, n, shape):
    if shape == "long-words":                    # only words of 21..50 letters: a split needs the long ones
        words = [_word(rng, rng.randint(21, 50)) for _ in range(6)]
        return [_concat(rng, words, n), words]
    if shape == "unary":                         # 'aaa...' with words 'a'..'a'*5: counts far beyond 2^64
        return ["a" * n, ["a" * length for length in range(1, 6)]]
    if shape == "no-split":                      # splits everywhere except at the very end
        words = ["a", "aa", "ab", "b", "ba", "bab"]
        return [_word(rng, max(n - 1, 0)) + ("c" if n else ""), words]
    if shape == "duplicate-words":
        words = ["a", "b", "ab", "ba", "aab"]
        return [_word(rng, n), [rng.choice(words) for _ in range(40)]]
    if shape == "many-words":                    # 1000 words of every length up to 50
        words = [_word(rng, rng.randint(1, 50), "abc") for _ in range(1000)]
        return [_concat(rng, words, n), words]
    if n <= 60:
        alphabet = rng.choice(["ab", "abc"])
        words = [_word(rng, rng.randrange(1, 5), alphabet) for _ in range(rng.randrange(0, 8))]
        return [_word(rng, n, alphabet), words]
    words = [_word(rng, length) for length in (1, 2, 3, 3, 5, 8, 8, 13) for _ in range(3)]
    words.append(_word(rng, 50))
    return [_word(rng, n), words]


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
    "ignores-long-words": '''
def word_break_count(s, words):
    # Tries pieces of up to 20 letters only.
    MOD = 10**9 + 7
    vocab = set(words)
    n = len(s)
    ways = [1] + [0] * n
    for end in range(1, n + 1):
        ways[end] = sum(ways[start] for start in range(max(0, end - 20), end) if s[start:end] in vocab) % MOD
    return ways[n]
''',
    "wraps-at-2-64": '''
def word_break_count(s, words):
    # Counts modulo 2**64 (as unsigned 64-bit code would) and reduces modulo 10**9 + 7 at the end.
    vocab = set(words)
    n = len(s)
    ways = [1] + [0] * n
    for end in range(1, n + 1):
        ways[end] = sum(ways[start] for start in range(max(0, end - 50), end) if s[start:end] in vocab) % 2**64
    return ways[n] % (10**9 + 7)
''',
    "dedupes-words-in-place": '''
def word_break_count(s, words):
    MOD = 10**9 + 7
    words[:] = sorted(set(words))
    n = len(s)
    ways = [1] + [0] * n
    for end in range(1, n + 1):
        total = 0
        for w in words:
            if s.endswith(w, 0, end):
                total += ways[end - len(w)]
        ways[end] = total % MOD
    return ways[n]
''',
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
