"""Leaderboard numbers from a hand-made store, checked against arithmetic done by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.providers import Sample, Usage
from harness.store import Store, StoredEvaluation
from leaderboards.compute import leaderboard, score_task
from leaderboards.render import RENDERERS
from tasks.results import Evaluation, Measurement, Verdict

FP, COUNTER = "host-test", "callgrind"
LADDER = {"slow": 9000, "mid": 3000, "fast": 1000}


def passed(count: int) -> Evaluation:
    return Evaluation(verdict=Verdict.PASS, measurement=Measurement(instructions=count, counter=COUNTER))


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "ergon.sqlite")
    for task_hash in ("h1", "h2"):
        for tier, count in LADDER.items():
            store.add_reference(task_hash, tier, FP, COUNTER, passed(count))
    run = store.create_run("m", "s", {"counter": COUNTER, "fingerprint": FP})
    # task a: samples at 3000 (mid), 500 (faster than fastest), wrong
    for i, ev in enumerate([passed(3000), passed(500), Evaluation(verdict=Verdict.FAIL)]):
        store.add_evaluation(run, "a", i, "h1", ev)
        store.add_sample(run, Sample("a", i, "code", usage=Usage(prompt_tokens=100, completion_tokens=50, cost_usd=0.01,
                                                                     eflops=1e12)))
    # task b: one sample slower than the slowest reference
    store.add_evaluation(run, "b", 0, "h2", passed(20000))
    store.add_sample(run, Sample("b", 0, "code", usage=Usage(prompt_tokens=100, completion_tokens=50, cost_usd=0.01)))
    return store


def test_per_task_scores_by_hand(store: Store) -> None:
    row = leaderboard(store)[0]
    a, b = row.tasks
    # ladder 9000 > 3000 > 1000, three tiers → scores 33.3, 66.7, 100.
    # a: 3000 ≤ mid → 66.67; 500 ≤ fast → 100; wrong → 0.  DPS = (66.67 + 100 + 0) / 3 = 55.56
    assert a.dps == pytest.approx((200 / 3 + 100) / 3)
    assert a.pass_at_1 == pytest.approx(2 / 3)
    # speedup vs fastest over correct samples: geomean(1000/3000, 1000/500) = sqrt(2/3)
    assert a.speedup == pytest.approx((2 / 3) ** 0.5)
    # efficient@1: 1 of 3 samples strictly faster than the fastest reference
    assert a.efficient_at_1 == pytest.approx(1 / 3)
    # b: slower than every tier → DPS 0, but correct: pass@1 = 1, speedup 1000/20000
    assert (b.dps, b.pass_at_1, b.efficient_at_1) == (0.0, 1.0, 0.0) and b.speedup == pytest.approx(0.05)


def test_model_aggregates_by_hand(store: Store) -> None:
    row = leaderboard(store)[0]
    assert row.pass_at_1.value == pytest.approx((2 / 3 + 1) / 2)
    assert row.speedup.value == pytest.approx((((2 / 3) ** 0.5) * 0.05) ** 0.5)  # geometric mean over tasks
    assert row.pass_at_1.low <= row.pass_at_1.value <= row.pass_at_1.high
    # 4 samples × 150 tokens over 2 solved tasks; $0.04 over 2 solved tasks
    assert row.tokens_per_solved == 300 and row.cost_per_solved == pytest.approx(0.02)
    # eFLOPs known for task a's three samples only: 3e12 over 2 solved tasks
    assert row.eflops_per_solved == pytest.approx(1.5e12)


def test_missing_reference_tier_means_no_efficiency_score() -> None:
    rows = [StoredEvaluation("t", 0, "h", passed(10))]
    score = score_task("t", rows, None)
    assert score.dps is None and score.speedup is None and (score.n, score.correct) == (1, 1)


def test_references_from_another_machine_are_not_used(tmp_path: Path) -> None:
    store = Store(tmp_path / "ergon.sqlite")
    for tier, count in LADDER.items():
        store.add_reference("h1", tier, "host-other", COUNTER, passed(count))
    run = store.create_run("m", "s", {"counter": COUNTER, "fingerprint": FP})
    store.add_evaluation(run, "a", 0, "h1", passed(1000))
    assert leaderboard(store)[0].tasks[0].dps is None


def test_every_format_renders(store: Store) -> None:
    rows = leaderboard(store)
    assert "| m | s | 2 |" in RENDERERS["md"](rows)
    assert RENDERERS["csv"](rows).splitlines()[1].startswith("m,s,2,")
    assert '"dps"' in RENDERERS["json"](rows) and "<td>m</td>" in RENDERERS["html"](rows)
