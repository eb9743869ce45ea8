from __future__ import annotations

import math

import pytest
from hypothesis import given, strategies as st

from metrics.pie import mean_speedup, percent_optimized, percent_optimized_at, speedup_best_at_k


def test_speedup_best_hand_computed() -> None:
    # T_src = 10; candidates 8, None (incorrect -> inf), 2
    # best@1 = 10/8 = 1.25; best@2 = 10/min(8, inf) = 1.25; best@3 = 10/2 = 5
    times = [8.0, None, 2.0]
    assert speedup_best_at_k(10, times, 1) == pytest.approx(1.25)
    assert speedup_best_at_k(10, times, 2) == pytest.approx(1.25)
    assert speedup_best_at_k(10, times, 3) == pytest.approx(5.0)
    # slower than the source or all incorrect -> floor of 1
    assert speedup_best_at_k(10, [20.0], 1) == 1.0
    assert speedup_best_at_k(10, [None, None], 2) == 1.0


def test_mean_and_percent_opt_hand_computed() -> None:
    speedups = [1.0, 1.05, 1.10, 2.0, 5.0]
    # mean = 10.15 / 5 = 2.03
    assert mean_speedup(speedups) == pytest.approx(2.03)
    # >= 1.10: 1.10, 2.0, 5.0 -> 3/5 = 60 %
    assert percent_optimized(speedups) == pytest.approx(60.0)
    # >= 2: 2/5 = 40 %; >= 10: 0 %
    table = percent_optimized_at(speedups, [1.10, 2.0, 10.0])
    assert table == pytest.approx({1.10: 60.0, 2.0: 40.0, 10.0: 0.0})


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: speedup_best_at_k(10, [1.0], 2), "k must be <="),
        (lambda: speedup_best_at_k(0, [1.0], 1), "source_time must be > 0"),
        (lambda: speedup_best_at_k(1, [0.0], 1), "must be > 0"),
        (lambda: speedup_best_at_k(1, [math.inf], 1), "must be finite"),
        (lambda: mean_speedup([]), "must not be empty"),
        (lambda: percent_optimized([1.0], 0), "threshold must be > 0"),
    ],
)
def test_bad_inputs(call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message):
        call()


@given(st.floats(0.01, 100), st.lists(st.one_of(st.none(), st.floats(0.01, 100)), min_size=1, max_size=8))
def test_best_at_k_at_least_one_and_monotone_in_k(src: float, times: list[float | None]) -> None:
    values = [speedup_best_at_k(src, times, k) for k in range(1, len(times) + 1)]
    assert all(v >= 1.0 for v in values)
    assert values == sorted(values)


def test_the_default_thresholds_are_pies() -> None:
    """%Opt is reported at the thresholds of PIE's ``gem5_eval.py`` (eb3d72b), in its order."""
    table = percent_optimized_at([1.3, 2.2, 12.0])
    assert list(table) == [1.10, 1.25, 1.50, 1.75, 2.0, 2.5, 3.0, 4.0, 5.0, 10.0]
    assert list(table.values()) == pytest.approx([100.0, 100.0, 200 / 3, 200 / 3, 200 / 3, 100 / 3, 100 / 3,
                                                  100 / 3, 100 / 3, 100 / 3])


@pytest.mark.parametrize("call", [
    lambda: speedup_best_at_k(10, [1.0], 0),  # best of no candidates
    lambda: mean_speedup([2.0, 0.0]),  # a speedup of 0 is no speedup PIE can produce (it floors at 1)
    lambda: percent_optimized([2.0, -1.0]),
    lambda: percent_optimized_at([-1.0], []),  # refused even when no threshold is asked for
])
def test_impossible_speedups_and_empty_draws_are_refused(call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="must be >"):
        call()
