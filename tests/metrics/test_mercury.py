from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from metrics.mercury import beyond, beyond_at_k, runtime_range


def test_hand_computed() -> None:
    # R_min = 10, R_max = 50: r = 20 -> (50 - 20) / 40 = 0.75
    assert beyond(20, 10, 50) == 0.75
    # clipped: faster than R_min -> 1, slower than R_max -> 0; incorrect -> 0
    assert beyond(5, 10, 50) == 1.0
    assert beyond(80, 10, 50) == 0.0
    assert beyond(None, 10, 50) == 0.0
    # Beyond@2 of [20, None, 10]: (0.75 + 0) / 2 = 0.375 (the third sample is not looked at)
    assert beyond_at_k([20, None, 10], 10, 50, 2) == 0.375
    assert runtime_range([30, 10, 50, 20]) == (10, 50)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: beyond(1, 5, 5), "r_min must be < r_max"),
        (lambda: beyond(-1, 1, 5), "runtime must be >= 0"),
        (lambda: beyond_at_k([1.0], 0, 5, 2), "k must be <="),
        (lambda: runtime_range([]), "must not be empty"),
    ],
)
def test_bad_inputs(call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message):
        call()


@given(st.floats(0, 1e3), st.floats(0, 1e3), st.floats(0, 1e3), st.floats(0, 1e3))
def test_bounded_and_non_increasing(lo: float, hi: float, x: float, y: float) -> None:
    if not lo < hi:
        return
    a, b = sorted((x, y))
    assert 0.0 <= beyond(b, lo, hi) <= beyond(a, lo, hi) <= 1.0
