"""The results store holds any text a server or a candidate produces."""

from __future__ import annotations

from pathlib import Path

from harness.providers import Sample
from harness.store import Store
from tasks.results import Evaluation, Verdict

LONE = "x\ud800y\udcff"
"""Lone surrogates: a Python str holds them, UTF-8 (and so SQLite) cannot."""


def test_lone_surrogates_in_samples_and_evaluations_are_stored_as_replacement_characters(tmp_path: Path) -> None:
    store = Store(tmp_path / "ergon.sqlite")
    run_id = store.create_run("samples:x", "test", {})
    store.add_sample(run_id, Sample(task_id="t", index=0, code=LONE, raw=LONE, verdict=None, detail=LONE))
    evaluation = Evaluation(verdict=Verdict.FAIL, detail=f"ValueError: {LONE}")
    store.add_evaluation(run_id, "t", 0, "hash", evaluation)
    store.cache("key", evaluation)
    store.add_reference("hash", "fast", "fp", "callgrind", evaluation)

    sample = store.samples(run_id)[("t", 0)]
    assert sample.code == sample.raw == sample.detail == "x\ufffdy\ufffd"
    (stored,) = store.evaluations(run_id)
    assert stored.evaluation.detail == "ValueError: x\ufffdy\ufffd"
    cached = store.cached("key")
    assert cached is not None and cached.detail == stored.evaluation.detail
    assert store.references_for("fp", "callgrind")[("hash", "fast")].detail == stored.evaluation.detail
