"""The ``ray`` executor on a real Ray cluster on loopback: a head and three worker nodes, one of them
measuring with another interpreter (a copy of this one at another path: a different fingerprint).

Also the runs above it (``harness.run`` and the CLI), because starting a cluster costs tens of
seconds on a busy 2-core machine: one cluster for the module.  Slow: the cluster, and one task's
reference tiers measured under callgrind both locally and on Ray, are most of a minute.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path
from typing import Any, Iterator

import psutil
import pytest
import ray
from click.testing import CliRunner
from ray.cluster_utils import Cluster

from harness import run as runs
from harness.cli import main
from harness.store import Store
from sandboxes.executor import Executor, Job
from sandboxes.local import LocalExecutor
from sandboxes.ray_executor import PYTHON_VARIABLE, RayExecutor, RayUnavailable

pytestmark = [pytest.mark.slow, pytest.mark.needs("valgrind", "bwrap")]

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.2"
"""Loopback, but not the address Ray rewrites to the machine's outward one (it does so for 127.0.0.1)."""
TASK = "word_break_count"
"""The built-in task with the cheapest reference tiers under callgrind (about 50 M instructions in all)."""
SAMPLES = [
    ("def word_break_count(s, words):\n    vocab = set(words)\n    lengths = sorted({len(w) for w in vocab})\n"
     "    ways = [1] + [0] * len(s)\n    for end in range(1, len(s) + 1):\n"
     "        ways[end] = sum(ways[end - n] for n in lengths if n <= end and s[end - n:end] in vocab) % 1000000007\n"
     "    return ways[len(s)]\n"),
    ("def word_break_count(s, words):\n    vocab = set(words)\n    ways = [1] + [0] * len(s)\n"
     "    for end in range(1, len(s) + 1):\n"
     "        ways[end] = sum(ways[i] for i in range(max(0, end - 20), end) if s[i:end] in vocab) % 1000000007\n"
     "    return ways[len(s)]\n"),  # ignores words longer than 20 letters: fails
    "def something_else():\n    pass\n",
]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    other = tmp_path_factory.mktemp("other-python") / "python3.11"
    shutil.copy(os.path.realpath(sys.executable), other)
    other.parent.chmod(0o755)  # sandboxed jobs run as another uid
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
           "RAY_DISABLE_USAGE_STATS": "1"}
    node: dict[str, Any] = dict(node_ip_address=HOST, object_store_memory=80 * 2**20, env_vars=env)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("RAY_DISABLE_USAGE_STATS", "1")
        started = Cluster(initialize_head=True, head_node_args=dict(num_cpus=0, include_dashboard=False, **node))
        try:
            for _ in range(2):
                started.add_node(num_cpus=1, **node)
            started.add_node(num_cpus=1, **{**node, "env_vars": {**env, PYTHON_VARIABLE: str(other)}})
            ray.init(address=started.address, _node_ip_address=HOST, log_to_driver=False)
            yield started
        finally:
            ray.shutdown()
            started.shutdown()


def write_samples(path: Path) -> Path:
    path.write_text("".join(json.dumps({"task_id": TASK, "solution": code}) + "\n" for code in SAMPLES))
    return path


def config(samples: Path) -> runs.RunConfig:
    return runs.RunConfig(model=f"samples:{samples}", task_ids=[TASK], counter="callgrind", timing_repeats=0,
                          trace_memory=False, workers=2)


Outcome = dict[str, tuple[str, int | None]]


def outcomes(store: Store, run_id: str) -> Outcome:
    """Every verdict and count of a run: its samples' and its task's reference tiers'."""
    info = runs.RunConfig.model_validate(store.run(run_id).config)
    assert info.fingerprint and info.counter
    found = {f"{e.task_id}#{e.index}": (e.evaluation.verdict.value, e.evaluation.measurement and e.evaluation.measurement.instructions)
             for e in store.evaluations(run_id)}
    found |= {f"tier {tier}": (ev.verdict.value, ev.measurement and ev.measurement.instructions)
              for (_, tier), ev in store.references_for(info.fingerprint, info.counter).items()}
    return found


def evaluate(executor: Executor, store: Store, samples: Path) -> str:
    cfg = runs.resolve_counter(config(samples), executor)
    run_id = store.create_run(cfg.model, cfg.suite, cfg.model_dump(mode="json"))
    runs.execute(store, run_id, cfg, executor)
    return run_id


@pytest.fixture(scope="module")
def local_outcomes(tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    """The same evaluation with the local executor, in a store of its own (a shared one would serve Ray from its cache)."""
    base = tmp_path_factory.mktemp("local")
    store = Store(base / "ergon.sqlite")
    found = outcomes(store, evaluate(LocalExecutor(), store, write_samples(base / "s.jsonl")))
    assert len(found) == 6 and {v for v, _ in found.values()} == {"pass", "fail", "no-entry-point"}
    return found


class Killer(threading.Thread):
    """SIGKILLs the first slot worker seen running a job (a child process), once."""

    def __init__(self, pids: list[int]) -> None:
        super().__init__(daemon=True)
        self.pids, self.killed, self.stop = pids, None, threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.05) and self.killed is None:
            for pid in self.pids:
                try:
                    if psutil.Process(pid).children():
                        os.kill(pid, signal.SIGKILL)
                        self.killed = pid
                        return
                except psutil.NoSuchProcess:
                    continue


def test_a_node_of_another_fingerprint_is_kept_apart(cluster: Cluster) -> None:
    local = LocalExecutor().environment()
    job = Job(argv=("{python}", "-c", "import sys; print(sys.executable)"), files={})
    with closing(RayExecutor(cluster.address)) as executor:
        env = executor.environment()
        assert (env.executor, env.fingerprint, env.details["slots"]) == ("ray", local.fingerprint, "2")
        results = [executor.run(job) for _ in range(4)]
        assert {r.fingerprint for r in results} == {local.fingerprint}
        assert {r.stdout.decode().strip() for r in results} == {local.tools["python"]}
        others = [key[0] for key in executor.groups if key[0] != local.fingerprint]
        assert len(others) == 1 and executor.apart == [line for line in executor.apart if others[0] in line] != []
    # a run measured there (a resumed one) goes there, and only there
    with closing(RayExecutor(cluster.address, fingerprint=others[0])) as pinned:
        assert pinned.environment().details["slots"] == "1"
        result = pinned.run(job)
        assert result.fingerprint == others[0] and result.stdout.decode().strip().endswith("other-python0/python3.11")
    with pytest.raises(RayUnavailable, match="no Ray worker measures in this run's environment host-000000000000"):
        RayExecutor(cluster.address, fingerprint="host-000000000000")


def test_a_run_on_ray_matches_the_local_executor_though_a_worker_is_killed(
        cluster: Cluster, local_outcomes: Outcome, tmp_path: Path) -> None:
    store = Store(tmp_path / "ergon.sqlite")
    with closing(RayExecutor(cluster.address)) as executor:
        before = executor.slot_pids()
        killer = Killer(list(before))
        killer.start()
        try:
            run_id = evaluate(executor, store, write_samples(tmp_path / "s.jsonl"))
        finally:
            killer.stop.set()
            killer.join()
        after = executor.slot_pids()
        assert executor.lost == []  # Ray restarted the slot and retried its job
    assert killer.killed in before and killer.killed not in after and len(after) == 2
    assert outcomes(store, run_id) == local_outcomes
    provenance = {e.evaluation.provenance.get("executor") for e in store.evaluations(run_id)} - {None}
    assert provenance == {"ray"}
    assert store.run(run_id).status == "complete"


def test_the_cli_on_ray_resumes_after_the_driver_is_killed(cluster: Cluster, local_outcomes: Outcome,
                                                            tmp_path: Path) -> None:
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
           "RAY_DISABLE_USAGE_STATS": "1"}
    argv = [sys.executable, "-m", "harness", "run", "--out", str(out), "--ray-address", cluster.address,
            "--counter", "callgrind", "--seed", "0", "--timing-repeats", "0", "--model",
            f"samples:{write_samples(tmp_path / 's.jsonl')}", "--task", TASK]
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    db = out / "ergon.sqlite"
    deadline = time.monotonic() + 600
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None and not stored:
        time.sleep(0.2)
        try:
            with closing(sqlite3.connect(db)) as con:
                stored = con.execute("SELECT (SELECT count(*) FROM evaluations) + "
                                     "(SELECT count(*) FROM reference_measurements)").fetchone()[0]
        except sqlite3.Error:
            continue
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert stored, "the driver was killed before it stored anything"
    with closing(sqlite3.connect(db)) as con:
        (run_id, config) = con.execute("SELECT run_id, config FROM runs").fetchone()
    assert json.loads(config)["executor"] == "ray"
    done = subprocess.run([sys.executable, "-m", "harness", "run", "--out", str(out), "--resume", run_id],
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"samples:{tmp_path / 's.jsonl'}" in done.stdout  # the summary, as for a local run
    store = Store(db)
    assert store.run(run_id).status == "complete"
    assert outcomes(store, run_id) == local_outcomes


def test_doctor_reports_the_cluster(cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> None:
    from harness.cli._common import out

    fingerprint = LocalExecutor().environment().fingerprint
    # the console's width is fixed when it is made (at import, perhaps by an earlier test): wide enough not to wrap
    monkeypatch.setattr(out, "width", 300)
    result = CliRunner().invoke(main, ["doctor", "--ray-address", cluster.address])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert text.count("ray node") == 4 and "0 CPU(s)" in text and text.count("1 CPU(s)") == 3
    assert f"fingerprint {fingerprint}: 2 slot(s)" in text
    assert "kept apart: fingerprint host-" in text


def test_the_jobs_of_a_node_that_dies_run_on_the_others(cluster: Cluster) -> None:
    doomed = cluster.add_node(num_cpus=1, node_ip_address=HOST, object_store_memory=80 * 2**20,
                              env_vars={"PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))})
    job = Job(argv=("{python}", "-c", "import time; time.sleep(3); print('done')"), files={})
    with closing(RayExecutor(cluster.address)) as executor:
        slots = executor.slot_pids()
        assert len(slots) == 3 and doomed.node_id in slots.values()
        on_doomed = next(pid for pid, node in slots.items() if node == doomed.node_id)
        with ThreadPoolExecutor(3) as pool:
            futures = [pool.submit(executor.run, job) for _ in range(3)]
            deadline = time.monotonic() + 60
            while not psutil.Process(on_doomed).children() and time.monotonic() < deadline:
                time.sleep(0.05)
            cluster.remove_node(doomed, allow_graceful=False)
            results = [f.result(timeout=300) for f in futures]
        assert [(r.exit_code, r.stdout) for r in results] == [(0, b"done\n")] * 3
        assert len(executor.lost) == 1 and doomed.node_id[:8] in executor.lost[0]
        assert executor.slots == 2
