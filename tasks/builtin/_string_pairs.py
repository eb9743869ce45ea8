"""Inputs shared by the two string-pair DP tasks (edit distance, longest common subsequence).

Both tasks fill a ``len(a) × len(b)`` table, so the same shapes separate their tiers and defeat
the same shortcuts (a band around the diagonal, a cap on string length); one generator keeps the
two from drifting apart.
"""

SHAPES = ["random", "unrelated", "similar", "shifted", "one-empty", "same-char", "disjoint-alphabets",
          "long-vs-short", "unicode"]

DNA = "acgt"


def _text(rng, n, alphabet=DNA):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _mutate(rng, s, edits, alphabet=DNA):
    s = list(s)
    for _ in range(edits):
        op = rng.randrange(3)
        i = rng.randrange(len(s) + 1)
        if op == 0 and i < len(s):
            s[i] = rng.choice(alphabet)
        elif op == 1 and i < len(s):
            del s[i]
        else:
            s.insert(i, rng.choice(alphabet))
    return "".join(s)


def make_input(rng, n, shape):
    """Two strings of up to ``n`` characters.

    ``unrelated`` (two random strings of length ``n``) makes every cell of the table matter,
    the worst case of memoised recursion; ``shifted`` aligns ``a`` and ``b`` ``n // 4``
    positions off the diagonal (a DP restricted to a narrow band misses it); ``long-vs-short``
    and ``one-empty`` are lopsided; ``unicode`` uses characters outside ASCII.
    """
    if shape == "random":
        alphabet = "abcd"[: rng.randint(1, 4)]
        return [_text(rng, rng.randint(0, n), alphabet), _text(rng, rng.randint(0, n), alphabet)]
    if shape == "unrelated":
        return [_text(rng, n), _text(rng, n)]
    if shape == "similar":
        a = _text(rng, n)
        return [a, _mutate(rng, a, max(1, n // 10))[:n]]
    if shape == "shifted":
        core = _text(rng, n - n // 4)
        return [_text(rng, n // 4) + core, core + _text(rng, n // 4)]
    if shape == "one-empty":
        a = _text(rng, n)
        return [a, ""] if rng.random() < 0.5 else ["", a]
    if shape == "same-char":
        return ["a" * n, "a" * rng.randint(0, n)]
    if shape == "disjoint-alphabets":
        return [_text(rng, n, "ab"), _text(rng, rng.randint(0, n), "xy")]
    if shape == "long-vs-short":
        a = _text(rng, n)
        return [a, _text(rng, min(n, rng.randint(0, 10)))]
    if shape == "unicode":
        alphabet = "aé中😀"
        a = _text(rng, n, alphabet)
        return [a, _mutate(rng, a, max(1, n // 5), alphabet)[:n]]
    raise ValueError(shape)
