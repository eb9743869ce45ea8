from __future__ import annotations

import dataclasses
from typing import Callable, Sequence

import pytest
from hypothesis import given, strategies as st

from metrics.aggregate import Estimate, bootstrap, bootstrap_present, geometric_mean, mean


def test_geometric_mean_hand_computed() -> None:
    # (1 * 4 * 16)^(1/3) = 64^(1/3) = 4
    assert geometric_mean([1, 4, 16]) == pytest.approx(4.0)
    # one outlier does not collapse it: (100 * 0.01)^(1/2) = 1
    assert geometric_mean([100, 0.01]) == pytest.approx(1.0)


def test_bootstrap_hand_checked() -> None:
    est = bootstrap([1.0, 2.0, 3.0, 4.0, 10.0], seed=0)
    assert est.value == 4.0  # (1+2+3+4+10)/5
    assert est.n == 5
    assert 1.0 <= est.low < 4.0 < est.high <= 10.0
    # deterministic for a fixed seed, different (in general) for another
    assert bootstrap([1.0, 2.0, 3.0, 4.0, 10.0], seed=0) == est
    assert bootstrap([1.0, 2.0, 3.0, 4.0, 10.0], seed=1) != est
    with pytest.raises(dataclasses.FrozenInstanceError):
        est.value = 0.0  # type: ignore[misc]


def test_bootstrap_of_custom_statistic() -> None:
    # ratio of sums over (reference, predicted) pairs: (4 + 6) / (2 + 3) = 2 — every
    # resample has ratio 2, so the interval collapses onto it
    pairs = [(4.0, 2.0), (6.0, 3.0)]

    def ratio(rows: list[tuple[float, float]]) -> float:
        return sum(r for r, _ in rows) / sum(p for _, p in rows)

    est = bootstrap(pairs, ratio, resamples=200)
    assert est == Estimate(2.0, 2.0, 2.0, 2)


def test_bootstrap_degenerate_constant() -> None:
    assert bootstrap([3.0] * 4, resamples=50) == Estimate(3.0, 3.0, 3.0, 4)


def test_two_point_interval_is_the_range() -> None:
    # resampled means of [0, 100] are 0, 50, 100 with probabilities 1/4, 1/2, 1/4:
    # the 2.5 % and 97.5 % percentiles are the extremes
    assert bootstrap([0.0, 100.0]) == Estimate(50.0, 0.0, 100.0, 2)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: geometric_mean([1.0, 0.0]), "must be > 0"),
        (lambda: geometric_mean([]), "must not be empty"),
        (lambda: mean([]), "must not be empty"),
        (lambda: bootstrap([]), "at least one task"),
        (lambda: bootstrap([1.0], resamples=0), "resamples must be >= 1"),
        (lambda: bootstrap([1.0], confidence=1.0), "confidence must lie in"),
        (lambda: bootstrap([1.0, float("nan")]), "must be finite"),
    ],
)
def test_bad_inputs(call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message):
        call()


@given(st.floats(1e-6, 1e6), st.integers(1, 50))
def test_geometric_mean_of_constant(c: float, n: int) -> None:
    assert geometric_mean([c] * n) == pytest.approx(c, rel=1e-12)


values = st.lists(st.floats(-1e6, 1e6), min_size=2, max_size=40).filter(
    lambda xs: max(xs) - min(xs) > 1e-6 * (1 + max(abs(x) for x in xs)))


@given(values, st.integers(0, 2**32 - 1))
def test_bootstrap_interval_contains_point_estimate(xs: list[float], seed: int) -> None:
    est = bootstrap(xs, resamples=500, seed=seed)
    slack = 1e-9 * (1 + abs(est.value))
    assert est.low - slack <= est.value <= est.high + slack
    assert est.low <= est.high


@given(st.lists(st.floats(0.01, 100), min_size=2, max_size=15), st.integers(0, 1000))
def test_bootstrap_generic_statistic_contains_geometric_mean(xs: list[float], seed: int) -> None:
    est = bootstrap(xs, geometric_mean, resamples=300, seed=seed)
    slack = 1e-9 * est.value
    assert est.low - slack <= est.value <= est.high + slack


def _counting() -> tuple[list[int], Callable[[Sequence[object]], float]]:
    """A statistic that returns 0, 1, 2, … on successive calls (and counts them)."""
    calls: list[int] = []

    def statistic(rows: Sequence[object]) -> float:
        calls.append(len(rows))
        return float(len(calls) - 1)

    return calls, statistic


def test_the_interval_is_the_central_share_of_the_resampled_statistics() -> None:
    # the resampled statistics are 1, 2, …, 101; the central 90 % runs from the 5th to the 95th
    # percentile: 1 + 0.05 · 100 = 6 and 1 + 0.95 · 100 = 96
    _, statistic = _counting()
    est = bootstrap(["a", "b"], statistic, resamples=101, confidence=0.9)
    assert (est.value, est.low, est.high, est.n) == (0.0, pytest.approx(6.0), pytest.approx(96.0), 2)


def test_two_thousand_resamples_of_every_task_by_default() -> None:
    calls, statistic = _counting()
    bootstrap(["a", "b", "c"], statistic)
    assert len(calls) == 1 + 2000 and set(calls) == {3}


def test_every_task_is_equally_likely_to_be_drawn() -> None:
    drawn: list[str] = []

    def record(rows: Sequence[str]) -> float:
        drawn.extend(rows)
        return 0.0

    bootstrap(["first", "last"], record, resamples=2000)
    share = drawn[2:].count("last") / len(drawn[2:])  # after the point estimate's own call
    assert 0.45 < share < 0.55  # 4000 draws: a fair share is 0.5 ± 0.016 (two standard errors)


@pytest.mark.parametrize("confidence", [0.0, -0.5])
def test_a_confidence_outside_the_open_unit_interval_is_refused(confidence: float) -> None:
    with pytest.raises(ValueError, match="confidence must lie in"):
        bootstrap([1.0], confidence=confidence)


def test_the_default_seed_is_zero() -> None:
    """A leaderboard's intervals are reproducible: no seed given means seed 0, not a fresh draw."""
    xs = [1.0, 2.0, 3.0, 4.0, 10.0]
    assert bootstrap(xs) == bootstrap(xs, seed=0) != bootstrap(xs, seed=1)


def test_bootstrap_present_skips_tasks_without_a_score() -> None:
    assert bootstrap_present([None, 1.0, None, 3.0], resamples=100) == bootstrap([1.0, 3.0], resamples=100)
    assert bootstrap_present([None, None]) is None
    assert bootstrap_present([]) is None


def test_the_options_are_given_by_name() -> None:
    """``bootstrap(xs, mean, 100)`` would not say whether 100 is the resamples or the seed."""
    with pytest.raises(TypeError):
        bootstrap([1.0], mean, 100)  # type: ignore[misc]
