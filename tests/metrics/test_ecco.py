"""ECCO's edit speedup against hand-computed rows of ``evaluation/edit_eval.py``'s rule."""

from __future__ import annotations

import pytest

from metrics.ecco import best_sample, edit_speedup

INPUT = {"0": 4.0, "1": 6.0, "2": 10.0}


def test_best_sample_is_most_correct_then_fastest() -> None:
    samples = [{"0": 1.0}, {"0": 3.0, "1": 3.0}, {"0": 1.0, "1": 2.0}]
    assert best_sample(samples) == 2


def test_speedup_over_the_tests_the_best_sample_passed() -> None:
    # best passes tests 0 and 1 in 1 + 2: the input took 4 + 6 there
    assert edit_speedup(INPUT, 3, [{"0": 1.0}, {"0": 1.0, "1": 2.0}]) == pytest.approx(10 / 3)
    assert edit_speedup(INPUT, 3, [{"0": 2.0, "1": 3.0, "2": 5.0}]) == pytest.approx(2.0)


def test_no_speedup_when_the_input_fails_a_test_or_no_sample_passes() -> None:
    assert edit_speedup({"0": 4.0, "1": 6.0}, 3, [{"0": 1.0}]) is None
    assert edit_speedup(INPUT, 3, [{}, {}]) is None


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError):
        best_sample([])
    with pytest.raises(ValueError):
        edit_speedup(INPUT, 3, [{"0": 0.0}])
