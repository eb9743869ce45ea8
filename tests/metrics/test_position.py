from __future__ import annotations

import math

import pytest
from hypothesis import given, strategies as st

from metrics.aggregate import bootstrap_present
from metrics.evalperf import levels_from_tiers, task_dps
from metrics.position import log_position, position_at_k, task_position

SLOW, MID, FAST = 9000.0, 3000.0, 1000.0  # a 9x ladder, middle tier at its geometric midpoint


def test_hand_computed() -> None:
    assert log_position(FAST, SLOW, FAST) == 1.0
    assert log_position(SLOW, SLOW, FAST) == 0.0
    # ln(9000/3000) / ln(9000/1000) = ln 3 / ln 9 = 1/2
    assert log_position(MID, SLOW, FAST) == pytest.approx(0.5)
    # 3x faster than the fastest: ln 27 / ln 9 = 1.5; 3x slower than the slowest: -0.5
    assert log_position(FAST / 3, SLOW, FAST) == pytest.approx(1.5)
    assert log_position(SLOW * 3, SLOW, FAST) == pytest.approx(-0.5)
    # per task: mean over passing samples, the wrong one left out
    assert task_position([FAST, MID, None], SLOW, FAST) == pytest.approx(0.75)
    assert task_position([None, None], SLOW, FAST) is None


def test_no_cliffs_where_dps_has_them() -> None:
    # the cases: 2 % above the fastest tier, 2 % above the middle tier
    levels = levels_from_tiers([SLOW, MID, FAST])
    near_fast, near_mid = FAST * 1.02, MID * 1.02
    # DPS: a best-complexity solution 2 % above the fastest tier loses a third of its score,
    # one 2 % above the middle tier ties with the naive loop
    assert task_dps([FAST], levels) - task_dps([near_fast], levels) == pytest.approx(100 / 3)
    assert task_dps([near_mid], levels) == task_dps([SLOW], levels)
    # the position moves by ln(1.02)/ln(9) ~ 0.009
    assert log_position(FAST, SLOW, FAST) - log_position(near_fast, SLOW, FAST) == pytest.approx(
        math.log(1.02) / math.log(9))
    assert log_position(near_mid, SLOW, FAST) > 0.49 and log_position(SLOW, SLOW, FAST) == 0.0


def test_position_at_k_hand_computed() -> None:
    # samples: fastest (1.0), middle (0.5), wrong; k=2 over 3 pairs, all hold a correct one:
    # {1, .5} -> 1, {1, x} -> 1, {.5, x} -> .5 -> 2.5/3
    assert position_at_k([FAST, MID, None], SLOW, FAST, 2) == pytest.approx(2.5 / 3)
    assert position_at_k([FAST, MID, None], SLOW, FAST, 1) == pytest.approx(task_position([FAST, MID, None], SLOW, FAST))
    assert position_at_k([None], SLOW, FAST, 1) is None


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: log_position(1.0, 10.0, 10.0), "fastest reference must count fewer"),
        (lambda: log_position(0.0, 10.0, 1.0), "count must be > 0"),
        (lambda: log_position(math.inf, 10.0, 1.0), "count must be finite"),
        (lambda: position_at_k([1.0], 10.0, 1.0, 2), "k must be <= n"),
    ],
)
def test_bad_inputs(call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message):
        call()


ladders = st.tuples(st.floats(1, 1e9), st.floats(1.01, 1e3)).map(lambda t: (t[0] * t[1], t[0]))


@given(ladders, st.floats(1, 1e12), st.floats(1, 1e12))
def test_monotone_non_increasing_in_count(ladder: tuple[float, float], x: float, y: float) -> None:
    slowest, fastest = ladder
    lo, hi = sorted((x, y))
    assert log_position(lo, slowest, fastest) >= log_position(hi, slowest, fastest)


@given(ladders, st.floats(1, 1e12), st.floats(0.0, 0.05))
def test_continuous_near_ties_score_nearly_the_same(ladder: tuple[float, float], x: float, eps: float) -> None:
    slowest, fastest = ladder
    gap = log_position(x, slowest, fastest) - log_position(x * (1 + eps), slowest, fastest)
    assert gap == pytest.approx(math.log1p(eps) / math.log(slowest / fastest), rel=1e-6, abs=1e-9)


task_scores = st.lists(st.one_of(st.none(), st.floats(-3, 3)), min_size=2, max_size=25)


@given(task_scores, st.randoms())
def test_model_mean_invariant_to_task_order(scores: list[float | None], rnd) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(scores)
    rnd.shuffle(shuffled)
    a, b = bootstrap_present(scores, resamples=50), bootstrap_present(shuffled, resamples=50)
    if a is None:
        assert b is None
    else:
        assert b is not None and a.value == pytest.approx(b.value, abs=1e-12) and a.n == b.n


@given(task_scores, st.integers(0, 2**32 - 1))
def test_interval_contains_point_estimate(scores: list[float | None], seed: int) -> None:
    est = bootstrap_present(scores, resamples=300, seed=seed)
    if est is not None:
        slack = 1e-9 * (1 + abs(est.value))
        assert est.low - slack <= est.value <= est.high + slack


@pytest.mark.parametrize("bad", [0, -1.0])
def test_non_positive_references_are_refused_by_name(bad: float) -> None:
    with pytest.raises(ValueError, match="slowest must be > 0"):
        log_position(1.0, bad, 0.5)
    with pytest.raises(ValueError, match="fastest must be > 0"):
        log_position(1.0, 10.0, bad)
