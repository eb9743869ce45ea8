from __future__ import annotations

import itertools

import pytest
from hypothesis import given, strategies as st

from metrics.edit import count_at_least, kept_correct, opt_at_k, speedup_over_given, task_speedup
from metrics.pie import percent_optimized, speedup_best_at_k

GIVEN = 9000.0


def test_unchanged_program_scores_speedup_one_and_no_opt() -> None:
    counts = [GIVEN, GIVEN, GIVEN]
    assert task_speedup(counts, GIVEN) == 1.0
    assert kept_correct(counts) == 1.0
    assert opt_at_k(counts, GIVEN, 1) == 0.0 and opt_at_k(counts, GIVEN, 3) == 0.0


def test_hand_computed() -> None:
    # 3x faster, 1.05x faster (below 1.10), broken, 2x slower
    counts = [3000.0, GIVEN / 1.05, None, 18000.0]
    # geometric mean over the correct ones: (3 * 1.05 * 0.5)^(1/3) = 1.575^(1/3)
    assert task_speedup(counts, GIVEN) == pytest.approx(1.575 ** (1 / 3))
    assert kept_correct(counts) == 0.75
    assert count_at_least(counts, GIVEN) == 1
    # %opt@1 = 1/4; @2 = 1 - C(3,2)/C(4,2) = 1/2
    assert opt_at_k(counts, GIVEN, 1) == 0.25
    assert opt_at_k(counts, GIVEN, 2) == pytest.approx(0.5)
    # exactly 1.10x counts (PIE: speedup >= 1.10)
    assert count_at_least([GIVEN / 1.1], GIVEN) == 1
    assert task_speedup([None], GIVEN) is None
    # not floored at 1 as PIE's speedup is: a slower edit shows as a slowdown
    assert task_speedup([18000.0], GIVEN) == 0.5


@given(st.floats(1, 1e9), st.lists(st.one_of(st.none(), st.floats(1, 1e9)), min_size=1, max_size=10))
def test_opt_at_1_is_pie_percent_opt_over_single_samples(given_count: float, counts: list[float | None]) -> None:
    # PIE (gem5_eval.py): speedup_best@1 = max(1, src / t), t = inf when incorrect; %opt = share >= 1.10
    pie = percent_optimized([speedup_best_at_k(given_count, [c], 1) for c in counts])
    assert 100 * opt_at_k(counts, given_count, 1) == pytest.approx(pie)


@given(st.lists(st.one_of(st.none(), st.integers(1, 20)), min_size=1, max_size=7), st.data())
def test_opt_at_k_brute_force(counts: list[int | None], data: st.DataObject) -> None:
    k = data.draw(st.integers(1, len(counts)))
    subsets = list(itertools.combinations(counts, k))
    brute = sum(any(c is not None and 12 / c >= 1.1 for c in s) for s in subsets) / len(subsets)
    assert opt_at_k(counts, 12, k) == pytest.approx(brute, abs=1e-12)


@given(st.floats(1, 1e9), st.floats(1, 1e9), st.floats(1, 1e9))
def test_speedup_monotone_in_count(given_count: float, x: float, y: float) -> None:
    lo, hi = sorted((x, y))
    assert speedup_over_given(lo, given_count) >= speedup_over_given(hi, given_count)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: kept_correct([]), "must not be empty"),
        (lambda: speedup_over_given(0.0, 1.0), "count must be > 0"),
        (lambda: opt_at_k([1.0], 2.0, 2), "k must be <= n"),
        (lambda: count_at_least([1.0], 2.0, 0.0), "threshold must be > 0"),
    ],
)
def test_bad_inputs(call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message):
        call()


@pytest.mark.parametrize("bad", [0, -5.0])
def test_non_positive_counts_are_refused_by_name(bad: float) -> None:
    with pytest.raises(ValueError, match="given must be > 0"):
        speedup_over_given(10, bad)
    with pytest.raises(ValueError, match="count must be > 0"):
        speedup_over_given(bad, 10)
    with pytest.raises(ValueError, match=r"counts\[1\] must be > 0"):
        task_speedup([5, bad], 10)
    with pytest.raises(ValueError, match=r"counts\[0\] must be > 0"):
        count_at_least([bad], 10)
