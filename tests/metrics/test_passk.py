from __future__ import annotations

import itertools
from math import comb

import pytest
from hypothesis import given, strategies as st

from metrics.enamel import eff_at_k
from metrics.passk import expected_best_of_k, pass_at_k, unbiased_at_k


def test_hand_computed() -> None:
    # n=10, c=3, k=2: 1 - C(7,2)/C(10,2) = 1 - 21/45 = 24/45 = 0.5333…
    assert pass_at_k(10, 3, 2) == pytest.approx(24 / 45, rel=1e-12)
    # n=5, c=1, k=1: 1 - C(4,1)/C(5,1) = 1 - 4/5 = 0.2
    assert pass_at_k(5, 1, 1) == pytest.approx(0.2, rel=1e-12)
    # n=4, c=2, k=3: n-c=2 < k=3 -> 1.0
    assert pass_at_k(4, 2, 3) == 1.0


def test_edges() -> None:
    assert pass_at_k(7, 0, 3) == 0.0  # all wrong
    assert pass_at_k(7, 7, 1) == 1.0  # all right
    assert pass_at_k(1, 1, 1) == 1.0


def test_large_n_is_stable() -> None:
    # C(n, k) overflows a float here; the product form must not.
    value = pass_at_k(100_000, 1, 50_000)
    assert value == pytest.approx(0.5, rel=1e-9)  # 1 - (n-k)/n with c=1


@pytest.mark.parametrize(
    ("n", "c", "k", "message"),
    [
        (5, 2, 6, "k must be <= n"),
        (5, 6, 1, "c \\(successes\\) must be <= n"),
        (5, -1, 1, "c must be >= 0"),
        (5, 1, 0, "k must be >= 1"),
        (0, 0, 1, "n must be >= 1"),
        (5.0, 1, 1, "n must be an integer"),
        (5, True, 1, "c must be an integer"),
    ],
)
def test_bad_inputs(n: object, c: object, k: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        unbiased_at_k(n, c, k)  # type: ignore[arg-type]


triples = st.integers(1, 40).flatmap(
    lambda n: st.tuples(st.just(n), st.integers(0, n), st.integers(1, n)))


@given(triples)
def test_matches_binomial_definition(t: tuple[int, int, int]) -> None:
    n, c, k = t
    assert pass_at_k(n, c, k) == pytest.approx(1 - comb(n - c, k) / comb(n, k), abs=1e-12)


@given(st.integers(1, 8).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n), st.integers(1, n))))
def test_matches_brute_force_over_subsets(t: tuple[int, int, int]) -> None:
    n, c, k = t
    samples = [True] * c + [False] * (n - c)
    subsets = list(itertools.combinations(samples, k))
    assert pass_at_k(n, c, k) == pytest.approx(sum(any(s) for s in subsets) / len(subsets), abs=1e-12)


@given(triples)
def test_bounded_and_monotone(t: tuple[int, int, int]) -> None:
    n, c, k = t
    value = pass_at_k(n, c, k)
    assert 0.0 <= value <= 1.0
    if c < n:
        assert pass_at_k(n, c + 1, k) >= value - 1e-12
    if k < n:
        assert pass_at_k(n, c, k + 1) >= value - 1e-12


def test_expected_best_of_k_hand_computed() -> None:
    # n=4 samples, correct scores 0.2 and 0.8, two incorrect; k=2: 6 pairs, 5 hold a correct one:
    # {0.2, x} twice -> 0.2, {0.8, x} twice -> 0.8, {0.2, 0.8} -> 0.8: (0.4 + 1.6 + 0.8) / 5 = 0.56
    assert expected_best_of_k([0.8, 0.2], 4, 2) == pytest.approx(0.56)
    # k=1: the mean over the correct samples
    assert expected_best_of_k([0.8, 0.2], 4, 1) == pytest.approx(0.5)
    # negative scores are allowed (slower than the slowest reference)
    assert expected_best_of_k([-1.0, 0.5], 2, 2) == 0.5
    assert expected_best_of_k([], 3, 2) is None


@given(st.integers(1, 7).flatmap(lambda n: st.tuples(
    st.just(n), st.lists(st.one_of(st.none(), st.floats(-5, 5)), min_size=n, max_size=n), st.integers(1, n))))
def test_expected_best_of_k_brute_force(t: tuple[int, list[float | None], int]) -> None:
    n, samples, k = t
    correct = [v for v in samples if v is not None]
    bests = [max(v for v in s if v is not None) for s in itertools.combinations(samples, k)
             if any(v is not None for v in s)]
    value = expected_best_of_k(correct, n, k)
    if not bests:
        assert value is None
    else:
        assert value == pytest.approx(sum(bests) / len(bests), abs=1e-9)


@given(st.lists(st.floats(0, 2), min_size=1, max_size=8), st.data())
def test_expected_best_of_k_is_enamel_eff_at_k_when_all_correct(es: list[float], data: st.DataObject) -> None:
    k = data.draw(st.integers(1, len(es)))
    assert expected_best_of_k(es, len(es), k) == pytest.approx(eff_at_k(es, k), rel=1e-9, abs=1e-12)


def test_expected_best_of_k_large_n_does_not_overflow() -> None:
    # C(1000, 500) ~ 1e299: weights are exact integer ratios, rounded once
    assert expected_best_of_k([1.0] * 1000, 1000, 500) == pytest.approx(1.0)


@pytest.mark.parametrize(("n", "k", "message"), [(0, 1, "n must be >= 1"), (2, 0, "k must be >= 1")])
def test_expected_best_of_k_refuses_empty_draws(n: int, k: int, message: str) -> None:
    """No samples, or a draw of none, has no best: a clear error, not ``None`` or a division by zero."""
    with pytest.raises(ValueError, match=message):
        expected_best_of_k([1.0] if n else [], n, k)
