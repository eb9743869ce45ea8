"""``ergon compare`` on constructed runs whose difference is known, and its refusals."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner

from harness.cli import main
from harness.providers import Sample
from harness.store import Store
from tasks.results import Evaluation, Measurement, Verdict

FP, COUNTER = "host-test:python-1", "callgrind"
LADDER = {"slow": 9000, "mid": 3000, "fast": 1000}
TASKS = [f"t{i:02d}" for i in range(12)]


def passed(count: int) -> Evaluation:
    return Evaluation(verdict=Verdict.PASS, measurement=Measurement(instructions=count, counter=COUNTER))


def add_run(store: Store, model: str, counts: dict[str, list[int | None]], fingerprint: str = FP) -> str:
    """A run whose task ``t`` has one sample per entry of ``counts[t]`` (``None``: a failing sample)."""
    run = store.create_run(model, "s", {"counter": COUNTER, "fingerprint": fingerprint, "kind": "generate", "n": 10})
    for task, values in counts.items():
        for i, count in enumerate(values):
            store.add_evaluation(run, task, i, f"hash-{task}", Evaluation(verdict=Verdict.FAIL) if count is None
                                 else passed(count))
            store.add_sample(run, Sample(task, i, "code"))
    store.set_status(run, "complete")
    return run


@pytest.fixture()
def results(tmp_path: Path) -> Path:
    store = Store(tmp_path / "ergon.sqlite")
    for task in TASKS:
        for tier, count in LADDER.items():
            store.add_reference(f"hash-{task}", tier, FP, COUNTER, passed(count))
    store.close()
    return tmp_path


def ergon(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def compare_json(results: Path, a: str, b: str, *extra: str) -> dict:
    code, out, err = ergon("compare", a, b, "--out", str(results), "--format", "json", *extra)
    assert code == 0, err
    return json.loads(out)


def test_a_uniform_threefold_gain_is_significant(results: Path) -> None:
    store = Store(results / "ergon.sqlite")
    # the same ten draws per task, A at the middle tier, B exactly three times fewer instructions (fastest tier)
    a = add_run(store, "A", {t: [3000 - 3 * i for i in range(10)] for t in TASKS})
    b = add_run(store, "B", {t: [1000 - i for i in range(10)] for t in TASKS})
    c = compare_json(results, a, b)
    speedup, dps, pass1 = c["metrics"]["speedup"], c["metrics"]["DPS"], c["metrics"]["pass@1"]
    assert math.isclose(speedup["value"], 3.0) and math.isclose(speedup["low"], 3.0) and speedup["n"] == 12
    # DPS: 66.67 (second of three clusters) -> 100 on every task
    assert math.isclose(dps["value"], 100 / 3) and math.isclose(dps["low"], 100 / 3)
    # every one of 12 differences positive: 2 of the 2^12 sign assignments are as extreme
    assert math.isclose(dps["p_value"], 2 / 2**12)
    assert pass1["value"] == 0 and pass1["p_value"] == 1
    # per task: ten counts all below ten others, Mann–Whitney exact p = 2/C(20,10), times 24 tests (Holm)
    assert all(math.isclose(t["p_adjusted"], 24 * 2 / math.comb(20, 10)) for t in c["tasks"])
    assert c["better"] == TASKS and c["worse"] == []


def test_noise_is_not_significant(results: Path) -> None:
    store = Store(results / "ergon.sqlite")
    base = {t: [2000 + 10 * i for i in range(3)] for t in TASKS}
    a = add_run(store, "A", base)
    # B is 10 % faster on half the tasks and 10 % slower on the other half
    b = add_run(store, "B", {t: [int(c * (0.9 if k % 2 else 1.1)) for c in v] for k, (t, v) in enumerate(base.items())})
    c = compare_json(results, a, b)
    speedup = c["metrics"]["speedup"]
    assert speedup["low"] < 1 < speedup["high"] and speedup["p_value"] > 0.5
    assert c["better"] == [] and c["worse"] == []
    code, out, _ = ergon("compare", a, b, "--out", str(results))
    assert code == 0 and "significantly better: none; significantly worse: none" in out


def test_a_correctness_loss_is_found_per_task(results: Path) -> None:
    store = Store(results / "ergon.sqlite")
    a = add_run(store, "A", {"t00": [1000] * 10, "t01": [1000] * 10})
    b = add_run(store, "B", {"t00": [None] * 10, "t01": [1000] * 10})
    c = compare_json(results, a, b)
    # Fisher exact on 10/10 vs 0/10: p = 2/C(20,10); Holm over 4 tests
    lost = next(t for t in c["tasks"] if t["task_id"] == "t00")
    assert math.isclose(lost["p_adjusted"], 4 * 2 / math.comb(20, 10)) and lost["verdict"] == "worse (passes less often)"
    assert c["worse"] == ["t00"] and c["metrics"]["pass@1"]["value"] == -50


def test_runs_from_different_environments_are_refused(results: Path) -> None:
    store = Store(results / "ergon.sqlite")
    a = add_run(store, "A", {t: [3000] for t in TASKS})
    b = add_run(store, "B", {t: [1000] for t in TASKS}, fingerprint="other-host:python-2")
    code, out, err = ergon("compare", a, b, "--out", str(results))
    assert code == 1 and out == ""
    assert "different environments: environment fingerprints differ" in err and len(err.strip().splitlines()) == 1
    forced = compare_json(results, a, b, "--force")
    assert forced["forced"] and forced["environment"].startswith("DIFFERENT")


def test_only_shared_tasks_with_the_same_definition_are_compared(results: Path) -> None:
    store = Store(results / "ergon.sqlite")
    a = add_run(store, "A", {"t00": [3000], "t01": [3000]})
    b = add_run(store, "B", {"t00": [1000], "t02": [1000]})
    c = compare_json(results, a, b)
    assert c["shared"] == 1 and c["only_a"] == ["t01"] and c["only_b"] == ["t02"]
    d = add_run(store, "D", {"t01": [1000]})
    code, _, err = ergon("compare", b, d, "--out", str(results))
    assert code == 1 and "share no task" in err


@pytest.mark.parametrize("args, message", [
    (["compare", "nope", "nada"], "no run 'nope'"),
    (["publish", "--out", "SITE"], "no runs in"),
])
def test_bad_input_is_one_line(results: Path, args: list[str], message: str) -> None:
    """An unknown run id, and an empty store, end in one line and exit 1."""
    code, _, err = ergon(*[str(results / "site") if a == "SITE" else a for a in args],
                         "--results" if args[0] == "publish" else "--out", str(results))
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1, err


def test_a_missing_results_directory_is_one_line(tmp_path: Path) -> None:
    for args in (["publish", "--out", str(tmp_path / "site"), "--results", str(tmp_path / "none")],
                 ["compare", "a", "b", "--out", str(tmp_path / "none")]):
        code, _, err = ergon(*args)
        assert code == 1 and "no results in" in err and len(err.strip().splitlines()) == 1
        assert not (tmp_path / "none").exists()
