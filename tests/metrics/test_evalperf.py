from __future__ import annotations

import json
import math
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, strategies as st

from metrics.aggregate import bootstrap_present
from metrics.evalperf import (
    ALL_PASSING,
    ReferenceLevels,
    SampleRule,
    UnorderedReferencesWarning,
    cluster_counts,
    cumulative_scores,
    dps,
    dps_norm,
    levels_from_tiers,
    task_dps,
    task_dps_norm,
)
from metrics.passk import pass_at_k

PUBLISHED = json.loads((Path(__file__).parent / "data" / "evalperf_published.json").read_text())
"""EvalPerf's published per-task results (evalplus/evalplus.github.io at 87418456, results/evalperf):
see the file's ``source.note``."""


def published_case(record: dict[str, Any]) -> tuple[list[float | None], ReferenceLevels]:
    """A task's samples as Ergon sees them, rebuilt from one published EvalPerf record.

    Reference counts are made up (10**(m−j+3)), every profiled sample gets exactly the count of
    the cluster EvalPerf matched it to (ties match) or more than the slowest (-1).  Incorrect
    samples come first and the passing samples that EvalPerf did not profile (beyond
    ``max_profile``) come last, counted as fast as the fastest reference: scoring them, or
    scoring incorrect samples as 0, changes the result.
    """
    task = PUBLISHED["tasks"][record["task_id"]]
    m = len(task["scores"])
    counts = tuple(10.0 ** (m - j + 3) for j in range(m))
    levels = ReferenceLevels(counts, tuple(task["scores"]))
    profiled = [counts[0] * 2 if j == -1 else counts[j] for j in record["matched"]]
    unprofiled = [counts[-1]] * (record["correct"] - len(profiled))
    return [None] * (record["n"] - record["correct"]) + profiled + unprofiled, levels


def test_published_cumulative_scores_reproduced_bit_for_bit() -> None:
    # EvalPerf adds 100*|C_j|/N to a running float: Mbpp/610 ends at 100.00000000000001 and
    # Mbpp/96 at 99.99999999999999, values 100*cumsum/N would not give.
    for task_id, task in PUBLISHED["tasks"].items():
        assert cumulative_scores(task["cluster_sizes"]) == tuple(task["scores"]), task_id
    assert PUBLISHED["tasks"]["Mbpp/610"]["scores"][-1] == 100.00000000000001


@pytest.mark.parametrize("record", PUBLISHED["records"],
                         ids=[f"{r['task_id']}@{r['model'][:24]}" for r in PUBLISHED["records"]])
def test_published_task_dps_reproduced(record: dict[str, Any]) -> None:
    """Each published per-task DPS / DPS_norm / pass@1, from evalplus.github.io results/evalperf."""
    counts, levels = published_case(record)
    rule = SampleRule.evalperf(n_samples=record["n"])
    assert task_dps(counts, levels, rule) == record["dps"]  # exact: same floats, same mean
    assert task_dps_norm(counts, levels, rule) == record["dps_norm"]
    passed = sum(c is not None for c in counts)
    assert 100 * pass_at_k(record["n"], passed, 1) == pytest.approx(record["pass@1"], rel=1e-12)


def test_published_case_where_zeros_for_incorrect_samples_would_differ() -> None:
    # Mbpp/437, Qwen2.5-14B-Instruct: 15 of 100 samples pass, all in cluster 0 (score 70.588…):
    # EvalPerf publishes DPS 70.59 / DPS_norm 20.0; averaging over all 100 samples with 0 for the
    # incorrect ones would give 10.59 / 3.0.
    record = next(r for r in PUBLISHED["records"]
                  if r["task_id"] == "Mbpp/437" and r["model"].startswith("Qwen--Qwen2.5-14B"))
    counts, levels = published_case(record)
    assert record["correct"] == 15 and (record["dps"], record["dps_norm"]) == (70.58823529411765, 20.0)
    assert task_dps(counts, levels) == pytest.approx(70.58823529411765)
    assert task_dps_norm(counts, levels) == pytest.approx(20.0)


def test_published_tasks_below_min_correct_get_no_dps_under_evalperf_rule_only() -> None:
    skipped = [r for r in PUBLISHED["records"] if r["dps"] is None]
    assert skipped  # the fixture has tasks with 1..9 passing samples
    for record in skipped:
        counts, levels = published_case(record)
        assert 0 < record["correct"] < 10
        assert task_dps(counts, levels, SampleRule.evalperf()) is None
        assert task_dps_norm(counts, levels, SampleRule.evalperf()) is None
        # Ergon's ordinary rule still scores the passing samples
        assert task_dps(counts, levels) is not None


def test_published_model_summary_leaves_out_tasks_without_dps() -> None:
    summary = PUBLISHED["model_summary"]
    per_task = list(summary["tasks"].values())
    assert sum(v[0] is None for v in per_task) == 31  # of 118 tasks
    for column, key in ((0, "dps"), (1, "dps_norm"), (2, "pass@1")):
        estimate = bootstrap_present([v[column] for v in per_task], resamples=10)
        assert estimate is not None
        assert estimate.value == pytest.approx(summary["summary"][key], rel=1e-12), key
    assert bootstrap_present([None, None]) is None


def test_sample_rule_evalperf_protocol() -> None:
    assert SampleRule.evalperf() == SampleRule(min_correct=10, max_profile=20)
    assert SampleRule.evalperf(n_samples=15) == SampleRule(min_correct=10, max_profile=15)
    assert ALL_PASSING == SampleRule(min_correct=1, max_profile=None)
    assert ALL_PASSING.describe() == "all passing samples"
    assert SampleRule.evalperf().describe() == ">= 10 passing, first 20 profiled"


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
    # slowest members 1e6, 5e5, 1e5; running shares 40, 40 + 40, 80 + 20
    assert levels.counts == (1e6, 5e5, 1e5)
    assert levels.scores == (40.0, 80.0, 100.0)


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
    # slower than every reference, or a profile that timed out -> 0
    assert dps(1001, levels) == 0.0 and dps_norm(1001, levels) == 0.0
    assert dps(math.inf, levels) == 0.0 and dps_norm(math.inf, levels) == 0.0
    # task mean over the passing samples only: (40 + 100 + 0) / 3 = 46.67; the wrong one is left out
    assert task_dps([600, 50, None, 2000], levels) == pytest.approx(140 / 3)
    # (100/3 + 100 + 0) / 3
    assert task_dps_norm([600, 50, None, 2000], levels) == pytest.approx((100 / 3 + 100) / 3)
    # a passing sample whose profiling timed out stays in the mean as 0: (40 + 0) / 2
    assert task_dps([600, math.inf], levels) == 20.0
    # no passing sample: no DPS
    assert task_dps([None, None], levels) is None and task_dps_norm([], levels) is None


def test_max_profile_scores_only_the_first_passing_samples() -> None:
    levels = ReferenceLevels((1000.0, 500.0, 100.0), (40.0, 80.0, 100.0))
    rule = SampleRule(min_correct=2, max_profile=2)
    # passing in order: 600 (40), 50 (100), 50 (not profiled); the wrong ones do not use the budget
    assert task_dps([None, 600, None, 50, 50], levels, rule) == 70.0
    assert task_dps([None, 600], levels, rule) is None


def test_unordered_references_warn_and_match_by_index() -> None:
    # EvalPerf (evalperf.py, get_avg_ref_profile): "#1 ref faster than #2" is a warning, and the
    # walk from the fastest still stops at the first j with count <= reference[j].
    with pytest.warns(UnorderedReferencesWarning):
        levels = ReferenceLevels((1000.0, 100.0, 300.0), (30.0, 60.0, 100.0))
    assert dps(250, levels) == 100.0  # 250 <= reference[2] = 300
    assert dps(400, levels) == 30.0  # > 300, > 100, <= 1000
    assert dps(150, levels) == 100.0


def test_ordered_references_do_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        levels_from_tiers([3.0, 2.0, 2.0, 1.0])


def test_score_float_artefact_accepted_but_not_beyond() -> None:
    assert ReferenceLevels((2.0, 1.0), (50.0, 100.00000000000001)).scores[-1] == 100.00000000000001
    with pytest.raises(ValueError, match="in \\(0, 100\\]"):
        ReferenceLevels((2.0, 1.0), (50.0, 100.001))


def test_levels_from_tiers() -> None:
    levels = levels_from_tiers([400, 300, 200, 100])
    # m=4: scores 100*(j+1)/4
    assert levels.scores == (25.0, 50.0, 75.0, 100.0)
    assert dps(250, levels) == 50.0 == dps_norm(250, levels)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: levels_from_tiers([]), "must not be empty"),
        (lambda: ReferenceLevels((2.0, 1.0), (50.0,)), "same length"),
        (lambda: ReferenceLevels((2.0, 1.0), (60.0, 50.0)), "non-decreasing"),
        (lambda: ReferenceLevels((2.0,), (150.0,)), "in \\(0, 100\\]"),
        (lambda: cluster_counts([1.0, 0.0]), "must be > 0"),
        (lambda: dps(-1, levels_from_tiers([1.0])), "count must be >= 0"),
        (lambda: dps(math.nan, levels_from_tiers([1.0])), "count must be finite"),
        (lambda: cumulative_scores([]), "must not be empty"),
        (lambda: SampleRule(min_correct=0), "min_correct must be >= 1"),
        (lambda: SampleRule(min_correct=10, max_profile=5), "max_profile must be >= min_correct"),
        (lambda: SampleRule.evalperf(n_samples=5), "n_samples >= min_correct"),
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
    assert 0.0 <= dps(hi, levels) <= 100.0 * (1 + 1e-9)


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


@given(st.lists(st.one_of(st.none(), st.floats(1, 2e4)), min_size=1, max_size=12), st.randoms())
def test_task_dps_ignores_incorrect_samples_and_their_order(samples: list[float | None], rnd) -> None:  # type: ignore[no-untyped-def]
    levels = levels_from_tiers([9000.0, 3000.0, 1000.0])
    shuffled = list(samples)
    rnd.shuffle(shuffled)
    assert task_dps(samples, levels) == task_dps(shuffled, levels)
    assert task_dps(samples, levels) == task_dps([s for s in samples if s is not None], levels)


def test_a_gap_exactly_at_the_threshold_does_not_split() -> None:
    """EvalPerf splits when the relative gap *exceeds* ``b + sqrt(10000 / count)``: at 40000 that is
    0.1 + 0.5 = 0.6, and 40000 -> 16000 is a gap of exactly 0.6; a hair more splits."""
    assert cluster_counts([40_000.0, 16_000.0]) == [[40_000.0, 16_000.0]]
    assert cluster_counts([40_000.0, 15_999.9]) == [[40_000.0], [15_999.9]]


def test_the_warning_about_unordered_references_points_at_the_caller() -> None:
    with pytest.warns(UnorderedReferencesWarning) as caught:
        ReferenceLevels((1.0, 2.0), (50.0, 100.0))
    assert caught[0].filename == __file__


@pytest.mark.parametrize(("call", "message"), [
    (lambda: cumulative_scores([2, 0]), r"cluster_sizes\[1\] must be >= 1"),
    (lambda: SampleRule(min_correct=1, max_profile=0), "max_profile must be >= 1"),
])
def test_empty_clusters_and_profiles_are_named(call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message):
        call()


def test_the_evalperf_protocol_with_a_single_sample() -> None:
    assert SampleRule.evalperf(n_samples=1, min_correct=1) == SampleRule(min_correct=1, max_profile=1)


def test_level_scores_may_repeat_and_reach_exactly_the_tolerance() -> None:
    assert ReferenceLevels((2.0, 1.0), (50.0, 50.0)).scores == (50.0, 50.0)  # non-decreasing, not increasing
    top = 100 * (1 + 1e-9)
    assert ReferenceLevels((1.0,), (top,)).scores == (top,)


@pytest.mark.parametrize(("call", "message"), [
    (lambda: ReferenceLevels((2.0, 1.0), (0.0, 100.0)), r"in \(0, 100\]"),
    (lambda: ReferenceLevels((2.0, 1.0), (-0.5, 100.0)), r"in \(0, 100\]"),
    (lambda: ReferenceLevels((1.0, 0.0), (50.0, 100.0)), r"counts\[1\] must be > 0"),
    (lambda: levels_from_tiers([2.0, 0.0]), r"counts_slowest_first\[1\] must be > 0"),
    (lambda: cluster_counts([2.0, 1.0], b=-0.1), "b must be >= 0"),
    (lambda: SampleRule.evalperf(n_samples=0, min_correct=1), "n_samples must be >= 1"),
])
def test_impossible_levels_and_protocols_are_named(call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message):
        call()


def test_the_protocol_may_draw_exactly_min_correct_samples() -> None:
    assert SampleRule.evalperf(n_samples=10, min_correct=10) == SampleRule(min_correct=10, max_profile=10)


def test_levels_and_rules_are_immutable() -> None:
    """A leaderboard shares one set of levels and one rule across every task it scores."""
    import dataclasses

    levels, rule = levels_from_tiers([2.0, 1.0]), SampleRule()
    with pytest.raises(dataclasses.FrozenInstanceError):
        levels.counts = (1.0, 1.0)  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        rule.min_correct = 5  # type: ignore[misc]
