from __future__ import annotations

import itertools
import statistics

import pytest
from hypothesis import given, strategies as st

from metrics.enamel import eff_at_k, hodges_lehmann, sample_efficiency, time_limit


def test_hodges_lehmann_hand_computed() -> None:
    # Walsh averages of [1, 2, 9]: 1, 1.5, 5, 2, 5.5, 9 -> sorted 1, 1.5, 2, 5, 5.5, 9 -> median 3.5
    assert hodges_lehmann([1, 2, 9]) == 3.5
    # [1, 3]: 1, 2, 3 -> 2
    assert hodges_lehmann([1, 3]) == 2.0
    assert hodges_lehmann([4]) == 4.0


def test_eff_at_k_hand_computed() -> None:
    # sorted e = 0.1, 0.5, 0.9 (n=3)
    # k=1: mean = 0.5
    assert eff_at_k([0.9, 0.1, 0.5], 1) == pytest.approx(0.5)
    # k=2: weights C(r-1,1)/C(3,2) = 0, 1/3, 2/3 -> 0.5/3 + 1.8/3 = 2.3/3
    assert eff_at_k([0.9, 0.1, 0.5], 2) == pytest.approx(2.3 / 3)
    # k=n: the maximum
    assert eff_at_k([0.9, 0.1, 0.5], 3) == pytest.approx(0.9)


def test_time_limit() -> None:
    # hard levels (weight > 0) are 1..3: alpha * max(2, 4, 3) = 8; level 0's 100 is ignored
    assert time_limit([100, 2, 4, 3]) == 8.0


def test_sample_efficiency_hand_computed() -> None:
    refs = [1.0, 2.0, 4.0, 3.0]  # T = 2 * 4 = 8
    # level 1: max 4 -> (8-4)/(8-2) = 2/3; level 2: max 6 -> (8-6)/(8-4) = 1/2;
    # level 3: max 5 -> (8-5)/(8-3) = 3/5
    # e = (3*2/3 + 3*1/2 + 4*3/5) / 10 = (2 + 1.5 + 2.4) / 10 = 0.59
    times = [[1.0], [3.0, 4.0], [6.0], [5.0, 2.0]]
    assert sample_efficiency(times, refs) == pytest.approx(0.59)
    # timeout at level 2 zeroes levels 2 and 3: e = 2 / 10
    assert sample_efficiency([[1.0], [4.0], None, [5.0]], refs) == pytest.approx(0.2)
    # running to the limit at level 2 is a timeout too, even if level 3 would be fast
    assert sample_efficiency([[1.0], [4.0], [8.0], [0.5]], refs) == pytest.approx(0.2)
    # failure at level 0 or a wrong output zeroes the sample
    assert sample_efficiency([None, [4.0], [6.0], [5.0]], refs) == 0.0
    assert sample_efficiency(times, refs, correct=False) == 0.0
    # as fast as the reference everywhere -> 1; faster than the reference may exceed 1
    assert sample_efficiency([[1.0], [2.0], [4.0], [3.0]], refs) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: eff_at_k([0.5, 0.2], 3), "k must be <= n"),
        (lambda: eff_at_k([], 1), "must not be empty"),
        (lambda: eff_at_k([0.5], 0), "k must be >= 1"),
        (lambda: eff_at_k([-0.1], 1), "must be >= 0"),
        (lambda: hodges_lehmann([]), "must not be empty"),
        (lambda: time_limit([1.0, 2.0], [0.0, 0.0]), "positive weight"),
        (lambda: sample_efficiency([[1.0]], [1.0, 2.0], [0, 1]), "one entry per level"),
        (lambda: sample_efficiency([[1.0], []], [1.0, 2.0], [0, 1]), "must not be empty"),
    ],
)
def test_bad_inputs(call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message):
        call()


@given(st.lists(st.floats(0, 2), min_size=1, max_size=7), st.data())
def test_eff_at_k_equals_brute_force_over_subsets(es: list[float], data: st.DataObject) -> None:
    k = data.draw(st.integers(1, len(es)))
    subsets = list(itertools.combinations(es, k))
    brute = sum(max(s) for s in subsets) / len(subsets)
    assert eff_at_k(es, k) == pytest.approx(brute, rel=1e-9, abs=1e-12)


@given(st.lists(st.floats(0, 1), min_size=1, max_size=30), st.data())
def test_eff_at_k_between_mean_and_max(es: list[float], data: st.DataObject) -> None:
    k = data.draw(st.integers(1, len(es)))
    value = eff_at_k(es, k)
    assert statistics.fmean(es) - 1e-9 <= value <= max(es) + 1e-9
    if k < len(es):
        assert eff_at_k(es, k + 1) >= value - 1e-9


@given(st.lists(st.floats(0, 1e6), min_size=1, max_size=15))
def test_hodges_lehmann_brute_force(xs: list[float]) -> None:
    walsh = [(xs[i] + xs[j]) / 2 for i in range(len(xs)) for j in range(i, len(xs))]
    assert hodges_lehmann(xs) == pytest.approx(statistics.median(walsh))
    assert min(xs) <= hodges_lehmann(xs) <= max(xs)


@pytest.mark.parametrize(("call", "message"), [
    (lambda: time_limit([1.0, 2.0], [0, 1], alpha=0), "alpha must be > 0"),
    (lambda: time_limit([1.0, -2.0], [0, 1]), r"reference_times\[1\] must be >= 0"),
    (lambda: time_limit([1.0, 2.0], [0, -1]), r"weights\[1\] must be >= 0"),
    (lambda: sample_efficiency([[1.0], [1.0]], [1.0, -2.0], [0, 1]), r"reference_times\[1\] must be >= 0"),
    (lambda: sample_efficiency([[1.0], [1.0]], [1.0, 2.0], [1, -1]), r"weights\[1\] must be >= 0"),
    (lambda: sample_efficiency([[1.0], [-1.0]], [1.0, 2.0], [0, 1]), r"level_times\[1\]\[0\] must be >= 0"),
    (lambda: eff_at_k([0.5, -0.1], 1), r"efficiencies\[1\] must be >= 0"),
    (lambda: eff_at_k([0.5], 0), "k must be >= 1"),
])
def test_impossible_times_weights_and_draws_are_refused(call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message):
        call()


def test_a_level_of_weight_one_counts_and_an_unweighted_slow_level_does_not_matter() -> None:
    # weights (0, 1), references (1, 2): T = 2 * 2 = 4; level 1 at 1 -> 1 * (4 - 1) / (4 - 2) / 1 = 1.5
    assert sample_efficiency([[1.0], [1.0]], [1.0, 2.0], [0, 1]) == pytest.approx(1.5)
    # level 0 weighs nothing: its reference above the limit is no error (T = 2 * 2 = 4 < 5)
    assert sample_efficiency([[1.0], [1.0]], [5.0, 2.0], [0, 1]) == pytest.approx(1.5)


def test_only_a_failure_at_level_zero_zeroes_the_whole_sample() -> None:
    refs = [1.0, 2.0, 4.0, 3.0]  # T = 8, as in the hand-computed case above
    # a timeout at the last level keeps the earlier ones: (3 * 2/3 + 3 * 1/2) / 10 = 0.35
    assert sample_efficiency([[1.0], [4.0], [6.0], None], refs) == pytest.approx(0.35)
    # weights (1, 1), references (1, 2): T = 4; level 0 at 1 scores 1, level 1 timed out: 1 / 2
    assert sample_efficiency([[1.0], None], [1.0, 2.0], [1, 1]) == pytest.approx(0.5)


def test_a_time_limit_equal_to_a_weighted_reference_is_refused() -> None:
    with pytest.raises(ValueError, match="must exceed the reference time"):  # alpha 1: T = 2 = t*_1
        sample_efficiency([[0.0], [1.0]], [0.0, 2.0], [0, 1], 1.0)


def test_correctness_is_given_by_name() -> None:
    with pytest.raises(TypeError):
        sample_efficiency([[1.0], [1.0]], [1.0, 2.0], [0, 1], 2.0, False)  # type: ignore[misc]


def test_a_level_just_under_the_limit_scores_its_fraction() -> None:
    # weights (0, 1), references (1, 2): T = 4; level 1 at 3.5 -> (4 - 3.5) / (4 - 2) = 0.25
    assert sample_efficiency([[1.0], [3.5]], [1.0, 2.0], [0, 1]) == pytest.approx(0.25)
