from __future__ import annotations

import math

import pytest
from hypothesis import given, strategies as st

from metrics.kernelbench import fast_p, fast_p_table, geomean_speedup


def test_hand_computed() -> None:
    ref = [10.0, 10.0, 10.0, 10.0]
    gen = [5.0, 10.0, None, 20.0]
    # speedups 2, 1, (incorrect), 0.5
    # fast_0: 3/4 correct; fast_1: strictly > 1 -> only 2 -> 1/4; fast_0.5: 2, 1 -> 2/4; fast_2: 0
    assert fast_p(ref, gen, 0) == 0.75
    assert fast_p(ref, gen, 1) == 0.25
    assert fast_p(ref, gen, 0.5) == 0.5
    assert fast_p(ref, gen, 2) == 0.0
    assert fast_p_table(ref, gen) == {0.0: 0.75, 0.5: 0.5, 0.8: 0.5, 1.0: 0.25, 1.5: 0.25, 2.0: 0.0}
    # geometric mean over correct: (2 * 1 * 0.5)^(1/3) = 1
    assert geomean_speedup(ref, gen) == pytest.approx(1.0)
    # (4 * 1)^(1/2) = 2
    assert geomean_speedup([8.0, 3.0], [2.0, 3.0]) == pytest.approx(2.0)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: fast_p([1.0], [1.0, 2.0], 1), "same length"),
        (lambda: fast_p([], [], 1), "must not be empty"),
        (lambda: fast_p([1.0], [1.0], -1), "p must be >= 0"),
        (lambda: geomean_speedup([1.0], [None]), "no sample is correct"),
        (lambda: fast_p([1.0], [0.0], 1), "must be > 0"),
    ],
)
def test_bad_inputs(call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message):
        call()


pairs = st.lists(st.tuples(st.floats(0.01, 100), st.one_of(st.none(), st.floats(0.01, 100))),
                 min_size=1, max_size=20)


@given(pairs)
def test_fast_p_non_increasing_in_p(rows: list[tuple[float, float | None]]) -> None:
    ref = [r for r, _ in rows]
    gen = [g for _, g in rows]
    values = list(fast_p_table(ref, gen).values())
    assert values == sorted(values, reverse=True)
    assert values[0] == sum(g is not None for g in gen) / len(gen)
    if any(g is not None for g in gen):
        correct = [r / g for r, g in rows if g is not None]
        assert min(correct) * (1 - 1e-9) <= geomean_speedup(ref, gen) <= max(correct) * (1 + 1e-9)
        assert math.isfinite(geomean_speedup(ref, gen))
