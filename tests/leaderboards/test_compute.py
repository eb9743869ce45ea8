"""Leaderboard numbers from a hand-made store, checked against arithmetic done by hand."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from harness.providers import Sample, Usage
from harness.store import Store, StoredEvaluation
from leaderboards.compute import leaderboard, restricted, score_task
from leaderboards.publish import publish
from leaderboards.render import RENDERERS
from tasks.results import Evaluation, Measurement, Verdict

FP, COUNTER = "host-test", "callgrind"
LADDER = {"slow": 9000, "mid": 3000, "fast": 1000}
WRONG = Evaluation(verdict=Verdict.FAIL)


def passed(count: int) -> Evaluation:
    return Evaluation(verdict=Verdict.PASS, measurement=Measurement(instructions=count, counter=COUNTER))


def add_run(store: Store, model: str, samples: dict[str, list[Evaluation]], kind: str = "generate",
            usage: Usage | None = None) -> str:
    hashes = {"a": "h1", "b": "h2"}
    run = store.create_run(model, "s", {"counter": COUNTER, "fingerprint": FP, "kind": kind,
                                        "n": max(len(v) for v in samples.values())})
    for task, evaluations in samples.items():
        for i, ev in enumerate(evaluations):
            store.add_evaluation(run, task, i, hashes[task], ev)
            store.add_sample(run, Sample(task, i, "code", usage=usage or Usage()))
    return run


@pytest.fixture()
def empty(tmp_path: Path) -> Store:
    store = Store(tmp_path / "ergon.sqlite")
    for task_hash in ("h1", "h2"):
        for tier, count in LADDER.items():
            store.add_reference(task_hash, tier, FP, COUNTER, passed(count))
    return store


@pytest.fixture()
def store(empty: Store) -> Store:
    run = empty.create_run("m", "s", {"counter": COUNTER, "fingerprint": FP})
    # task a: samples at 3000 (mid), 500 (faster than fastest), wrong
    for i, ev in enumerate([passed(3000), passed(500), WRONG]):
        empty.add_evaluation(run, "a", i, "h1", ev)
        empty.add_sample(run, Sample("a", i, "code", usage=Usage(prompt_tokens=100, completion_tokens=50, cost_usd=0.01,
                                                                     eflops=1e12)))
    # task b: one sample slower than the slowest reference
    empty.add_evaluation(run, "b", 0, "h2", passed(20000))
    empty.add_sample(run, Sample("b", 0, "code", usage=Usage(prompt_tokens=100, completion_tokens=50, cost_usd=0.01)))
    return empty


def test_per_task_scores_by_hand(store: Store) -> None:
    row = leaderboard(store)[0]
    a, b = row.tasks
    # ladder 9000 > 3000 > 1000, three tiers → scores 33.3, 66.7, 100.
    # a: 3000 ≤ mid → 66.67; 500 ≤ fast → 100; the wrong sample is left out: DPS = 83.33
    assert a.dps == pytest.approx((200 / 3 + 100) / 2)
    assert a.pass_at_1 == pytest.approx(2 / 3)
    # log position: 3000 → ln 3 / ln 9 = 0.5; 500 → ln 18 / ln 9
    assert a.position == pytest.approx((0.5 + math.log(18) / math.log(9)) / 2)
    # speedup vs fastest over correct samples: geomean(1000/3000, 1000/500) = sqrt(2/3)
    assert a.speedup == pytest.approx((2 / 3) ** 0.5)
    # efficient@1: 1 of 3 samples strictly faster than the fastest reference
    assert a.efficient_at_1 == pytest.approx(1 / 3)
    # eff@1 (ENAMEL, T = 2 × 1000): 3000 → 0, 500 → (2000 − 500)/(2000 − 1000) = 1.5, wrong → 0
    assert a.eff_at_1 == pytest.approx(0.5)
    # b: slower than every tier → DPS 0, but correct: pass@1 = 1, speedup 1000/20000,
    # position ln(9000/20000)/ln 9 < 0
    assert (b.dps, b.pass_at_1, b.efficient_at_1, b.eff_at_1) == (0.0, 1.0, 0.0, 0.0)
    assert b.speedup == pytest.approx(0.05)
    assert b.position == pytest.approx(math.log(0.45) / math.log(9))


def test_model_aggregates_by_hand(store: Store) -> None:
    row = leaderboard(store)[0]
    assert (row.kind, row.dps_rule) == ("generate", "all passing samples")
    assert row.pass_at_1.value == pytest.approx((2 / 3 + 1) / 2)
    assert row.dps.value == pytest.approx(((200 / 3 + 100) / 2 + 0) / 2)
    assert row.position.value == pytest.approx(((0.5 + math.log(18) / math.log(9)) / 2 + math.log(0.45) / math.log(9)) / 2)
    assert row.speedup.value == pytest.approx((((2 / 3) ** 0.5) * 0.05) ** 0.5)  # geometric mean over tasks
    for est in (row.pass_at_1, row.position, row.dps, row.speedup):
        assert est.low <= est.value <= est.high
    # n = 1 for task b: nothing is reported at k > 1
    assert row.ks == ()
    # 4 samples × 150 tokens over 2 solved tasks; $0.04 over 2 solved tasks
    assert row.tokens_per_solved == 300 and row.cost_per_solved == pytest.approx(0.02)
    # eFLOPs known for task a's three samples only: 3e12 over 2 solved tasks
    assert row.eflops_per_solved == pytest.approx(1.5e12)


def test_edit_run_of_the_given_program_scores_speedup_one_and_no_opt(empty: Store) -> None:
    # an edit task gives the slowest reference; submitting it unchanged is no improvement
    add_run(empty, "lazy", {"a": [passed(9000)] * 2, "b": [passed(9000)] * 2}, kind="edit")
    row = leaderboard(empty)[0]
    assert row.kind == "edit"
    assert row.speedup_given.value == 1.0 and (row.speedup_given.low, row.speedup_given.high) == (1.0, 1.0)
    assert row.opt_at_1.value == 0.0 and row.pass_at_1.value == 1.0
    assert row.at_k["opt"][2].value == 0.0  # two samples each: %opt@2 too


def test_edit_scores_by_hand(empty: Store) -> None:
    # a: 3000 (3×), 8500 (1.06×: below 1.10), wrong; b: 18000 (a slowdown, 0.5×)
    add_run(empty, "m", {"a": [passed(3000), passed(8500), WRONG], "b": [passed(18000)]}, kind="edit")
    a, b = leaderboard(empty)[0].tasks
    assert a.speedup_given == pytest.approx((3 * 9000 / 8500) ** 0.5)
    assert a.opt_at_1 == pytest.approx(1 / 3) and a.pass_at_1 == pytest.approx(2 / 3)
    assert b.speedup_given == 0.5 and b.opt_at_1 == 0.0


def test_kind_is_part_of_a_rows_identity(empty: Store) -> None:
    add_run(empty, "m", {"a": [passed(1000)]})
    add_run(empty, "m", {"a": [passed(9000)]}, kind="edit")
    add_run(empty, "m", {"a": [passed(3000)]})  # a later generate run replaces the first
    rows = leaderboard(empty)
    assert [(r.model, r.kind) for r in rows] == [("m", "edit"), ("m", "generate")]
    assert rows[1].tasks[0].best_instructions == 3000
    text = RENDERERS["md"](rows)
    assert "speedup vs given" in text and "score (log position)" in text
    # one table per kind: the edit table has no DPS column
    generate_table, edit_table = text.split("\n\n")
    assert "DPS" in generate_table and "DPS" not in edit_table


def test_evalperf_protocol_is_a_setting_and_the_row_says_which(empty: Store) -> None:
    # 12 samples: task a has 9 passing (< EvalPerf's min_correct = 10), task b 10
    nine = [passed(1000)] * 9 + [WRONG] * 3
    ten = [passed(3000)] * 10 + [WRONG] * 2
    add_run(empty, "m", {"a": nine, "b": ten})
    ergon = leaderboard(empty)[0]
    assert [t.dps for t in ergon.tasks] == [100.0, pytest.approx(200 / 3)]
    evalperf = leaderboard(empty, protocol="evalperf")[0]
    assert [t.dps for t in evalperf.tasks] == [None, pytest.approx(200 / 3)]
    assert evalperf.dps.value == pytest.approx(200 / 3) and evalperf.dps.n == 1
    # pass@1 still counts both tasks
    assert evalperf.pass_at_1.n == 2
    assert evalperf.dps_rule == ">= 10 passing, first 12 profiled"
    assert ">= 10 passing, first 12 profiled" in publish(empty, None, "md", protocol="evalperf")


def test_metrics_at_k_reported_when_every_task_has_k_samples(empty: Store) -> None:
    # 5 samples per task: k = 2 and 5 are reported (k = 5 is over all 5 samples: the best of them)
    add_run(empty, "m", {"a": [passed(900), WRONG, WRONG, passed(9000), WRONG],
                         "b": [WRONG, WRONG, WRONG, WRONG, passed(3000)]})
    row = leaderboard(empty)[0]
    assert row.ks == (2, 5)
    # pass@2: a 1 − C(3,2)/C(5,2) = 0.7, b 1 − C(4,2)/C(5,2) = 0.4
    assert row.at_k["pass"][2].value == pytest.approx(0.55)
    assert row.at_k["pass"][5].value == 1.0
    # best position: a → ln(10)/ln(9), b → 0.5
    assert row.at_k["position"][5].value == pytest.approx((math.log(10) / math.log(9) + 0.5) / 2)
    # efficient@5: a has 900 < 1000, b has none; eff@5: a → 1.1, b → 0
    assert row.at_k["efficient"][5].value == 0.5
    assert row.at_k["eff"][5].value == pytest.approx(0.55)
    csv_header = RENDERERS["csv"]([row]).splitlines()[0]
    assert "pass@5 %" in csv_header and "score@5" in csv_header and "eff@5" in csv_header


def test_missing_reference_tier_means_no_efficiency_score() -> None:
    rows = [StoredEvaluation("t", 0, "h", passed(10))]
    score = score_task("t", rows, None)
    assert score.dps is None and score.speedup is None and score.position is None and (score.n, score.correct) == (1, 1)


def test_references_from_another_machine_are_not_used(tmp_path: Path) -> None:
    store = Store(tmp_path / "ergon.sqlite")
    for tier, count in LADDER.items():
        store.add_reference("h1", tier, "host-other", COUNTER, passed(count))
    run = store.create_run("m", "s", {"counter": COUNTER, "fingerprint": FP})
    store.add_evaluation(run, "a", 0, "h1", passed(1000))
    assert leaderboard(store)[0].tasks[0].dps is None


def test_every_format_renders(store: Store) -> None:
    rows = leaderboard(store)
    # the fixture's run was never marked complete: every format says it is partial
    assert "| m (partial) | s | generate | 2 |" in RENDERERS["md"](rows)
    assert RENDERERS["csv"](rows).splitlines()[1].startswith("m (partial),s,generate,2,")
    assert '"position"' in RENDERERS["json"](rows) and '"partial": true' in RENDERERS["json"](rows)
    assert "<td>m (partial)</td>" in RENDERERS["html"](rows)


def test_a_failed_or_unfinished_run_never_displaces_a_complete_one(empty: Store) -> None:
    good = add_run(empty, "m", {"a": [passed(3000)]})
    empty.set_status(good, "complete")
    for status in ("failed", "running", "crashed"):
        later = add_run(empty, "m", {"a": [WRONG]})
        empty.set_status(later, status)
        (row,) = leaderboard(empty)
        assert row.run_id == good and not row.partial
    newer = add_run(empty, "m", {"a": [passed(2000)]})
    empty.set_status(newer, "complete")
    assert [r.run_id for r in leaderboard(empty)] == [newer]


def test_an_unfinished_run_is_shown_when_there_is_no_complete_one_and_marked_partial(empty: Store) -> None:
    failed = add_run(empty, "m", {"a": [WRONG]})
    empty.set_status(failed, "failed")
    (row,) = leaderboard(empty)
    assert row.run_id == failed and row.partial
    killed = add_run(empty, "m", {"a": [passed(3000)]})  # status stays "running", as after a SIGKILL
    (row,) = leaderboard(empty)
    assert row.run_id == killed and row.partial


def test_a_row_restricted_to_some_tasks_is_recomputed_from_them(store: Store) -> None:
    row = leaderboard(store)[0]
    only_a = restricted(row, ["a"])
    assert [t.task_id for t in only_a.tasks] == ["a"] and [t.task_id for t in row.tasks] == ["a", "b"]
    assert only_a.pass_at_1.value == pytest.approx(2 / 3) and only_a.dps.value == pytest.approx((200 / 3 + 100) / 2)
    assert only_a.solved == 1 and only_a.ks == (2,)  # task a alone has 3 samples
    # task a's three samples: 450 tokens, $0.03, 3e12 eFLOPs, one solved task
    assert (only_a.tokens, only_a.cost_usd, only_a.eflops) == (450, pytest.approx(0.03), pytest.approx(3e12))
    assert row.tokens == 600 and row.pass_at_1.value == pytest.approx((2 / 3 + 1) / 2)  # the full row is unchanged
    none = restricted(row, [])
    assert none.tasks == [] and none.pass_at_1 is None and none.tokens == 0


def test_serving_times_are_per_request_whatever_the_grouping(empty: Store) -> None:
    # one call of 2 samples (0.5 request each, 4 s and 1 s to first token shared) and one of 1 sample
    shared = Usage(prompt_tokens=10, completion_tokens=30, requests=0.5, latency_s=2.0, ttft_s=0.5)
    add_run(empty, "m", {"a": [passed(1000), passed(1000)]}, usage=shared)
    row = leaderboard(empty)[0]
    assert row.serving.requests == 1 and row.serving.mean_latency_s == pytest.approx(4.0)
    assert row.serving.mean_ttft_s == pytest.approx(1.0)
    assert row.serving.output_tps == pytest.approx(60 / (4.0 - 1.0))
