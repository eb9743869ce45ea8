from __future__ import annotations

import math

import pytest
from hypothesis import given, strategies as st

from metrics.kernelbench import fast_p, fast_p_table, geomean_speedup, geomean_speedup_faster


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


# KernelBench's own unit tests (src/kernelbench/unit_tests/test_score.py at commit
# 29c73ccd5dc309b82e2ff9456a1a375de04d953a): their "speed" arrays are times; a sample's
# time is passed as None here when it is not correct.
KB_BASELINE = [[0.1, 0.15, 0.2, 0.05, 0.3], [0.24, 0.31, 100.0, 0.0001, 0.3], [0.1, 0.15, 0.2, 0.05, 0.3]]
KB_ACTUAL = [[0.2, 0.15, 0.3, 0.01, 0.2], [0.3, 0.3, 200.0, 0.0001, 0.3], [0.2, 0.15, 0.3, 0.01, 0.2]]
KB_CORRECT = [[1, 0, 1, 1, 0], [1, 1, 1, 1, 0], [0, 0, 0, 0, 0]]


@pytest.mark.parametrize(("case", "gm_correct", "gm_faster", "fast_1", "fast_05"), [
    (0, 1.185631101, 5, 0.2, 0.4),
    (1, 0.801816719, 1.033333333, 0.2, 0.6),
    (2, 0, 0, 0, 0),  # nothing correct: 0, where Ergon used to raise
])
def test_kernelbench_unit_test_values(case: int, gm_correct: float, gm_faster: float, fast_1: float,
                                      fast_05: float) -> None:
    ref = KB_BASELINE[case]
    gen = [t if ok else None for t, ok in zip(KB_ACTUAL[case], KB_CORRECT[case])]
    assert geomean_speedup(ref, gen) == pytest.approx(gm_correct, abs=1e-7)
    assert geomean_speedup_faster(ref, gen) == pytest.approx(gm_faster, abs=1e-7)
    assert fast_p(ref, gen, 1.0) == pytest.approx(fast_1, abs=1e-7)
    assert fast_p(ref, gen, 0.5) == pytest.approx(fast_05, abs=1e-7)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: fast_p([1.0], [1.0, 2.0], 1), "same length"),
        (lambda: fast_p([], [], 1), "must not be empty"),
        (lambda: fast_p([1.0], [1.0], -1), "p must be >= 0"),
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
        faster = [s for s in correct if s > 1]
        if faster:
            assert min(faster) * (1 - 1e-9) <= geomean_speedup_faster(ref, gen) <= max(faster) * (1 + 1e-9)
        else:
            assert geomean_speedup_faster(ref, gen) == 0.0
    else:
        assert geomean_speedup(ref, gen) == 0.0


@pytest.mark.parametrize("bad", [0, -1.0])
def test_non_positive_reference_times_are_refused_by_name(bad: float) -> None:
    with pytest.raises(ValueError, match=r"reference_times\[1\] must be > 0"):
        fast_p([1.0, bad], [1.0, 1.0], 1.0)
