"""Group words that are anagrams of each other."""

TAGS = ["hashing", "strings", "sorting"]
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
only, are at most 20 letters long, and there may be up to 10^5 of them. Do not modify `words`.
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
RANDOM_CASES = 25


def _words(rng, n, bases):
    out = []
    for _ in range(n):
        letters = list(rng.choice(bases))
        rng.shuffle(letters)
        out.append("".join(letters))
    return out


def random_case(rng):
    bases = ["".join(rng.choice("abc") for _ in range(rng.randrange(0, 5))) for _ in range(rng.randrange(1, 6))]
    return [_words(rng, rng.randrange(0, 20), bases)]


def perf_input(rng):
    bases = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randrange(4, 12)))
             for _ in range(150)]
    return [_words(rng, 620, bases)]


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
