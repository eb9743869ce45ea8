"""Paired comparison statistics against values worked out by hand."""

from __future__ import annotations

import math

import pytest

from metrics.paired import counts_p, holm, pass_counts_p, paired_difference


def test_every_pair_improving_gives_the_smallest_randomization_p() -> None:
    d = paired_difference(list(range(10)), [x + 1 + (x % 3) / 10 for x in range(10)])
    assert d.n == 10 and math.isclose(d.value, 1 + 0.9 / 10)  # differences 1, 1.1, 1.2, 1, 1.1, 1.2, 1, 1.1, 1.2, 1
    assert math.isclose(d.p_value, 2 / 2**10)  # only the observed signs and their mirror are as extreme
    assert 1.0 <= d.low <= d.value <= d.high <= 1.2


def test_identical_runs_have_p_one_and_a_zero_interval() -> None:
    d = paired_difference([3, 1, 2], [3, 1, 2])
    assert (d.value, d.low, d.high, d.p_value) == (0.0, 0.0, 0.0, 1.0)


def test_a_constant_shift_over_two_tasks_is_not_significant() -> None:
    d = paired_difference([0, 0], [5, 5])
    assert (d.value, d.low, d.high) == (5.0, 5.0, 5.0) and d.p_value == 0.5  # 2 of 4 sign assignments
    assert paired_difference([1], [9]).p_value == 1.0


def test_mixed_signs_are_not_significant() -> None:
    d = paired_difference([1, 2, 3, 4, 5, 6, 7, 8], [1.5, 1.5, 3.5, 3.5, 5.5, 5.5, 7.5, 7.5])
    assert d.value == 0 and d.low < 0 < d.high and d.p_value == 1.0


def test_holm_by_hand() -> None:
    # sorted 0.01, 0.03, 0.04, 0.5 -> 4·0.01, 3·0.03, max(0.09, 2·0.04), max(0.09, 0.5)
    assert holm([0.01, 0.04, 0.03, 0.5]) == pytest.approx([0.04, 0.09, 0.09, 0.5])


def test_within_task_tests() -> None:
    assert math.isclose(pass_counts_p(10, 10, 0, 10), 2 / math.comb(20, 10))
    assert pass_counts_p(3, 4, 3, 4) == 1.0
    assert math.isclose(counts_p([10, 11, 12], [1, 2, 3]), 2 / math.comb(6, 3))  # exact, no ties
    assert counts_p([5, 5], [5]) == 1.0 and counts_p([], [1]) == 1.0
    with pytest.raises(ValueError):
        pass_counts_p(5, 4, 0, 1)


def test_unequal_lengths_are_refused() -> None:
    with pytest.raises(ValueError):
        paired_difference([1, 2], [1])
