"""Group words that are anagrams of each other."""

from itertools import combinations_with_replacement

TAGS = ["hashing", "strings", "sorting"]
VERSION = 2
ENTRY_POINT = "group_anagrams"
PROMPT = """
Write a Python function `group_anagrams(words: list[str]) -> list[list[str]]` that groups the
words that are anagrams of each other (two words are anagrams when one is a rearrangement of the
letters of the other, with the same number of each letter; a word is an anagram of itself, and
the empty string forms a group of its own). Every word of the input appears in exactly one group,
and duplicates are kept (two equal words go into the same group, both listed).
The output must be canonical: sort the words inside each group in ascending order, then sort
the groups in ascending order (compare groups as Python lists, i.e. by their first word, then
second, and so on). Return `[]` for an empty input. Words consist of lowercase ASCII letters
only, are at most 20 letters long, and there may be up to 600 of them. Do not modify `words`.
"""

EDGE_CASES = [
    ([[]], []),
    ([["abc"]], [["abc"]]),
    ([[""]], [[""]]),
    ([["", "a", ""]], [["", ""], ["a"]]),
    ([["eat", "tea", "tan", "ate", "nat", "bat"]], [["ate", "eat", "tea"], ["bat"], ["nat", "tan"]]),
    ([["ab", "ba", "ab"]], [["ab", "ab", "ba"]]),
    ([["aab", "abb", "bab", "aba"]], [["aab", "aba"], ["abb", "bab"]]),
    ([["z", "y", "x"]], [["x"], ["y"], ["z"]]),
    ([["listen", "silent", "enlist", "tinsel", "google"]], [["enlist", "listen", "silent", "tinsel"], ["google"]]),
    ([["abc", "ab", "cba", "a"]], [["a"], ["ab"], ["abc", "cba"]]),
]
MAX_N = 600
SHAPES = ["random", "many-groups", "long-words", "one-group", "no-anagrams", "duplicates", "with-empty",
          "same-letters-other-counts"]
PERF_SHAPE = "many-groups"
LETTERS = "abcdefghijklmnopqrstuvwxyz"
MAX_LEN = 20


def _words(rng, n, bases):
    out = []
    for _ in range(n):
        letters = list(rng.choice(bases))
        rng.shuffle(letters)
        out.append("".join(letters))
    return out


def _base(rng, lo, hi, alphabet=LETTERS):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def make_input(rng, n, shape):
    """``n`` words.

    ``many-groups`` (``n / 4`` groups) makes scanning the groups found so far quadratic;
    ``long-words`` are 16 to 20 letters over four letters (a letter repeats up to 20 times,
    words agree on long prefixes' letters: keys of truncated words or of small packed counters
    collide); ``same-letters-other-counts`` pairs words like ``aab``/``abb`` (a key of the letter
    set merges them); ``one-group``, ``no-anagrams``, ``duplicates`` and ``with-empty`` are the
    degenerate groupings.
    """
    if shape == "random":
        bases = [_base(rng, 0, 6, "abc") for _ in range(rng.randint(1, 6))]
        return [_words(rng, n, bases)]
    if shape == "many-groups":
        bases = [_base(rng, 4, 12) for _ in range(max(1, n // 4))]
        return [_words(rng, n, bases)]
    if shape == "long-words":
        bases = [_base(rng, 16, MAX_LEN, "abcd") for _ in range(max(1, n // 3))]
        return [_words(rng, n, bases)]
    if shape == "one-group":
        return [_words(rng, n, [_base(rng, 1, MAX_LEN)])]
    if shape == "no-anagrams":
        multisets = rng.sample(list(combinations_with_replacement(LETTERS, 3)), n)  # 3276 of them
        return [[_words(rng, 1, ["".join(m)])[0] for m in multisets]]
    if shape == "duplicates":
        return [[w for w in _words(rng, (n + 1) // 2, [_base(rng, 1, 8) for _ in range(5)]) for _ in (0, 1)][:n]]
    if shape == "with-empty":
        return [_words(rng, n, ["", "", _base(rng, 1, 3), _base(rng, 1, 3)])]
    if shape == "same-letters-other-counts":
        bases = []
        for _ in range(max(1, n // 6)):
            a, b = rng.sample(LETTERS, 2)
            k = rng.randint(1, 9)
            bases += [a * k + b * (10 - k), a * (10 - k) + b * k]
        return [_words(rng, n, bases)]
    raise ValueError(shape)


REFERENCES = {
    "compare-sorted-each-time": '''
def group_anagrams(words):
    groups = []
    for w in words:
        for g in groups:
            if sorted(g[0]) == sorted(w):
                g.append(w)
                break
        else:
            groups.append([w])
    for g in groups:
        g.sort()
    groups.sort()
    return groups
''',
    "scan-cached-keys": '''
def group_anagrams(words):
    keys = []
    groups = []
    for w in words:
        key = sorted(w)
        for i, k in enumerate(keys):
            if k == key:
                groups[i].append(w)
                break
        else:
            keys.append(key)
            groups.append([w])
    for g in groups:
        g.sort()
    groups.sort()
    return groups
''',
    "sorted-key-dict": '''
def group_anagrams(words):
    groups = {}
    for w in words:
        key = "".join(sorted(w))
        if key in groups:
            groups[key].append(w)
        else:
            groups[key] = [w]
    out = [sorted(g) for g in groups.values()]
    out.sort()
    return out
''',
}

WRONG_SOLUTIONS = {
    "counts-in-2-bit-fields": '''
def group_anagrams(words):
    groups = {}
    for w in words:
        key = 0
        for ch in w:
            key += 1 << (2 * (ord(ch) - 97))
        groups.setdefault(key, []).append(w)
    return sorted(sorted(g) for g in groups.values())
''',
    "key-of-first-12-letters": '''
def group_anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault((len(w), "".join(sorted(w[:12]))), []).append(w)
    return sorted(sorted(g) for g in groups.values())
''',
    "sorts-words-in-place": '''
def group_anagrams(words):
    words.sort()
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return sorted(groups.values())
''',
    "letter-set-key": '''
def group_anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault(frozenset(w), []).append(w)
    return sorted(sorted(g) for g in groups.values())
''',
    "drops-duplicates": '''
def group_anagrams(words):
    groups = {}
    for w in set(words):
        groups.setdefault("".join(sorted(w)), []).append(w)
    return sorted(sorted(g) for g in groups.values())
''',
    "groups-not-sorted": '''
def group_anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return [sorted(g) for g in groups.values()]
''',
}
