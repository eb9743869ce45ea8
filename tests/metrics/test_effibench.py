"""EffiBench's ET, MU, TMU and their normalisation, against hand-computed values of its report script."""

from __future__ import annotations

import pytest

from metrics.effibench import execution_time, max_memory, memory_time, normalized

PROFILE = [(10.0, 100.0), (20.0, 100.5), (30.0, 101.5)]  # (MB, timestamp s)


def test_profile_measures() -> None:
    assert execution_time(PROFILE) == 1.5
    assert max_memory(PROFILE) == 30.0
    # (10+20)/2·0.5 + (20+30)/2·1.0 = 7.5 + 25
    assert memory_time(PROFILE) == pytest.approx(32.5)
    assert execution_time([]) == 0.0 and max_memory([]) == 0.0 and memory_time([(5.0, 1.0)]) == 0.0


def test_normalized_is_a_ratio_of_totals_not_a_mean_of_ratios() -> None:
    # per-problem ratios 2 and 0.5 would average 1.25; EffiBench prints (2 + 1) / (1 + 2) = 1
    assert normalized([2.0, 1.0], [1.0, 2.0]) == 1.0


@pytest.mark.parametrize("gen, can, message", [
    ([], [], "must not be empty"),
    ([1.0], [1.0, 2.0], "same length"),
    ([1.0], [0.0], "total must be positive"),
    ([-1.0], [1.0], "generated"),
])
def test_bad_input_is_named(gen, can, message) -> None:
    with pytest.raises(ValueError, match=message):
        normalized(gen, can)
