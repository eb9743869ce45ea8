from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from metrics.evalperf import (
    ReferenceLevels,
    cluster_counts,
    dps,
    dps_norm,
    levels_from_tiers,
    task_dps,
    task_dps_norm,
)


def test_clustering_hand_computed() -> None:
    # sorted: 1e6, 9.9e5, 5e5, 4.9e5, 1e5
    # 1e6 -> 9.9e5: gap 0.01   vs 0.10 + sqrt(1e4/1e6)=0.2    -> same cluster
    # 9.9e5 -> 5e5: gap 0.4949 vs 0.10 + sqrt(1e4/9.9e5)=0.2005 -> split
    # 5e5 -> 4.9e5: gap 0.02   vs 0.10 + 0.1414              -> same cluster
    # 4.9e5 -> 1e5: gap 0.7959 vs 0.10 + sqrt(1e4/4.9e5)=0.2429 -> split
    clusters = cluster_counts([5e5, 1e5, 1e6, 4.9e5, 9.9e5])
    assert clusters == [[1e6, 9.9e5], [5e5, 4.9e5], [1e5]]


def test_clustering_threshold_b() -> None:
    # 1e6 -> 7.5e5: gap 0.25 vs b + 0.1: splits at b=0.10 (0.2), not at b=0.2 (0.3)
    assert len(cluster_counts([1e6, 7.5e5])) == 2
    assert len(cluster_counts([1e6, 7.5e5], b=0.2)) == 1


def test_small_counts_never_split() -> None:
    # a_k = 10000: threshold 0.10 + 1 = 1.1 > any relative gap
    assert cluster_counts([10_000, 1]) == [[10_000, 1]]


def test_levels_from_counts_hand_computed() -> None:
    levels = ReferenceLevels.from_counts([5e5, 1e5, 1e6, 4.9e5, 9.9e5])
    # slowest members 1e6, 5e5, 1e5; cumulative shares 2/5, 4/5, 5/5
    assert levels.counts == (1e6, 5e5, 1e5)
    assert levels.scores == pytest.approx((40.0, 80.0, 100.0))


def test_dps_hand_computed() -> None:
    levels = ReferenceLevels((1000.0, 500.0, 100.0), (40.0, 80.0, 100.0))
    # 600 <= 1000 only -> j*=0: DPS 40, DPS_norm 100*1/3
    assert dps(600, levels) == 40.0
    assert dps_norm(600, levels) == pytest.approx(100 / 3)
    # 500 <= 500 (ties match) -> j*=1: DPS 80, DPS_norm 200/3
    assert dps(500, levels) == 80.0
    assert dps_norm(500, levels) == pytest.approx(200 / 3)
    # faster than the fastest -> j*=2
    assert dps(1, levels) == 100.0 and dps_norm(1, levels) == 100.0
    # slower than every reference, or wrong -> 0
    assert dps(1001, levels) == 0.0 and dps_norm(1001, levels) == 0.0
    assert dps(None, levels) == 0.0 and dps_norm(None, levels) == 0.0
    # task mean: (40 + 100 + 0 + 0) / 4 = 35
    assert task_dps([600, 50, None, 2000], levels) == pytest.approx(35.0)
    # (100/3 + 100 + 0 + 0) / 4 = 33.33…
    assert task_dps_norm([600, 50, None, 2000], levels) == pytest.approx((100 / 3 + 100) / 4)


def test_levels_from_tiers() -> None:
    levels = levels_from_tiers([400, 300, 200, 100])
    # m=4: scores 100*(j+1)/4
    assert levels.scores == (25.0, 50.0, 75.0, 100.0)
    assert dps(250, levels) == 50.0 == dps_norm(250, levels)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: levels_from_tiers([100, 200]), "slowest first"),
        (lambda: levels_from_tiers([]), "must not be empty"),
        (lambda: ReferenceLevels((2.0, 1.0), (50.0,)), "same length"),
        (lambda: ReferenceLevels((2.0, 1.0), (60.0, 50.0)), "non-decreasing"),
        (lambda: ReferenceLevels((2.0,), (150.0,)), "in \\(0, 100\\]"),
        (lambda: cluster_counts([1.0, 0.0]), "must be > 0"),
        (lambda: dps(-1, levels_from_tiers([1.0])), "count must be >= 0"),
        (lambda: task_dps([], levels_from_tiers([1.0])), "at least one sample"),
    ],
)
def test_bad_inputs(call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message):
        call()


counts = st.lists(st.floats(1, 1e9), min_size=1, max_size=12)


@given(counts, st.floats(0, 2e9), st.floats(0, 2e9))
def test_dps_monotone_non_increasing_in_count(refs: list[float], x: float, y: float) -> None:
    levels = ReferenceLevels.from_counts(refs)
    lo, hi = sorted((x, y))
    assert dps(lo, levels) >= dps(hi, levels)
    assert dps_norm(lo, levels) >= dps_norm(hi, levels)
    assert 0.0 <= dps(hi, levels) <= 100.0


@given(counts, st.floats(0, 2e9))
def test_dps_matches_linear_scan(refs: list[float], x: float) -> None:
    levels = ReferenceLevels.from_counts(refs)
    matching = [j for j, c in enumerate(levels.counts) if x <= c]
    expected = levels.scores[max(matching)] if matching else 0.0
    assert dps(x, levels) == expected


@given(counts)
def test_clusters_partition_sorted_counts(refs: list[float]) -> None:
    clusters = cluster_counts(refs)
    assert [v for c in clusters for v in c] == sorted(refs, reverse=True)
    levels = ReferenceLevels.from_counts(refs)
    assert levels.scores[-1] == pytest.approx(100.0)
    # the slowest reference scores its own cluster's share
    assert dps(max(refs), levels) == levels.scores[0]
