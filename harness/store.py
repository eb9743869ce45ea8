"""The results store: one SQLite file holding runs, samples, evaluations and a measurement cache.

Every write is one transaction, and a sample's evaluation is keyed by (run, task, index), so a
run killed at any point resumes by skipping what is stored and nothing is duplicated.  The
measurement cache is keyed by (code hash, task hash, counter, executor fingerprint, timing
settings): the same candidate measured the same way is never measured twice.

A model's reply has one home, the ``replies`` table (the response cache of
:mod:`harness.endpoints.cache`, kept in this same file): a sample that came from it names its
row instead of holding a second copy.  A run records its owner (host, pid and the process's
start time); a ``running`` run whose owner is gone — killed with SIGKILL, the machine rebooted
— reads as ``crashed``, and can be resumed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import socket
import sqlite3
import threading
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterator

import psutil
from pydantic_core import PydanticSerializationError

from harness.providers import Sample, Step, Trajectory, Usage
from tasks.results import Evaluation, Verdict

REPLIES_SCHEMA = """
CREATE TABLE IF NOT EXISTS replies (
    key TEXT PRIMARY KEY, text TEXT NOT NULL, meta TEXT NOT NULL, created REAL NOT NULL
);
"""
"""Model replies by response-cache key (see :mod:`harness.endpoints.cache`): the one copy of each."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY, created REAL NOT NULL, model TEXT NOT NULL, suite TEXT NOT NULL,
    config TEXT NOT NULL, status TEXT NOT NULL, owner TEXT
);
CREATE TABLE IF NOT EXISTS samples (
    run_id TEXT NOT NULL REFERENCES runs(run_id), task_id TEXT NOT NULL, idx INTEGER NOT NULL,
    code TEXT, raw TEXT, error TEXT, usage TEXT NOT NULL, verdict TEXT,
    reply_key TEXT, attempts INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (run_id, task_id, idx)
);
""" + REPLIES_SCHEMA + """
CREATE TABLE IF NOT EXISTS evaluations (
    run_id TEXT NOT NULL REFERENCES runs(run_id), task_id TEXT NOT NULL, idx INTEGER NOT NULL,
    task_hash TEXT NOT NULL, verdict TEXT NOT NULL, evaluation TEXT NOT NULL,
    PRIMARY KEY (run_id, task_id, idx)
);
CREATE TABLE IF NOT EXISTS measurement_cache (
    key TEXT PRIMARY KEY, evaluation TEXT NOT NULL, created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS trajectories (
    run_id TEXT NOT NULL REFERENCES runs(run_id), task_id TEXT NOT NULL, idx INTEGER NOT NULL,
    trajectory TEXT NOT NULL, PRIMARY KEY (run_id, task_id, idx)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reference_measurements (
    task_hash TEXT NOT NULL, tier TEXT NOT NULL, fingerprint TEXT NOT NULL, counter TEXT NOT NULL,
    evaluation TEXT NOT NULL, PRIMARY KEY (task_hash, tier, fingerprint, counter)
);
"""


class StoreError(RuntimeError):
    """The store file is unusable or a run id is unknown."""


@dataclass(frozen=True)
class RunInfo:
    run_id: str
    created: float
    model: str
    suite: str
    config: dict[str, Any]
    status: str
    owner: dict[str, Any] | None = None
    """Host, pid and start time of the process that runs (or last ran) it."""


@dataclass(frozen=True)
class StoredEvaluation:
    task_id: str
    index: int
    task_hash: str
    evaluation: Evaluation


_SURROGATE = re.compile("[\ud800-\udfff]")


def storable(text: str) -> str:
    """``text`` with every surrogate code point replaced by U+FFFD, so SQLite can hold it.

    JSON may carry a lone surrogate (``"\\udcff"``, RFC 8259 §8.2) and Python strings hold
    one happily, but UTF-8 cannot encode it (RFC 3629 §3): a reply, a candidate's output or
    an error message holding one would otherwise fail the write and leave the run unresumable.
    The replacement is what a UTF-8 decoder does with invalid bytes.
    """
    return text if text.isascii() or not _SURROGATE.search(text) else _SURROGATE.sub("\ufffd", text)


def _text(value: str | None) -> str | None:
    return None if value is None else storable(value)


def _evaluation_json(evaluation: Evaluation) -> str:
    try:
        return evaluation.model_dump_json()
    except PydanticSerializationError:  # a surrogate in its text (a candidate's error message, its output)
        return storable(json.dumps(evaluation.model_dump(mode="json"), ensure_ascii=False))


def _this_process() -> dict[str, Any]:
    return {"host": socket.gethostname(), "pid": os.getpid(), "started": psutil.Process().create_time()}


def _owner_alive(owner: dict[str, Any]) -> bool:
    """Whether the process that owns a run still runs; another host's process is taken to run.

    The start time tells a reused pid from the owner, and a zombie (killed, not yet reaped by its
    parent) is as dead as it will ever be.
    """
    if owner.get("host") != socket.gethostname():
        return True
    try:
        process = psutil.Process(owner["pid"])
        return process.create_time() == owner.get("started") and process.status() != psutil.STATUS_ZOMBIE
    except (psutil.NoSuchProcess, KeyError, TypeError):
        return False


def code_hash(code: str) -> str:
    return hashlib.sha256(code.encode("utf-8", "surrogatepass")).hexdigest()


class Store:
    """Thread-safe access to one results database (a single connection behind a lock)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the results directory {path.parent}: {exc.strerror}") from None
        try:
            self._db = sqlite3.connect(path, check_same_thread=False, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(SCHEMA)
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a usable Ergon results database ({exc})") from None
        self._lock = threading.Lock()

    def _migrate(self) -> None:
        """Bring an older store's schema up to date without losing a row.

        Samples used to carry their verdict as a prefix of ``error`` (``"no-code: …"``); it is a
        column of its own now, and the prefix is moved into it once.
        """
        for table, column, kind in (("runs", "owner", "TEXT"), ("samples", "reply_key", "TEXT"),
                                     ("samples", "attempts", "INTEGER NOT NULL DEFAULT 1")):
            if column not in {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}:
                with self._db:
                    self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(samples)")}
        if "verdict" in columns:
            return
        with self._db:
            self._db.execute("ALTER TABLE samples ADD COLUMN verdict TEXT")
            for value in Verdict:
                self._db.execute("UPDATE samples SET verdict = ?, error = ltrim(substr(error, ?)) "
                                 "WHERE verdict IS NULL AND error LIKE ?", (value.value, len(value.value) + 2, value.value + ":%"))
            self._db.execute("UPDATE samples SET verdict = ? WHERE verdict IS NULL AND error IS NOT NULL",
                             (Verdict.GENERATION_ERROR.value,))

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def input_seed(self) -> int:
        """This store's seed for generated inputs, drawn at random when the store was created.

        Hidden tests and scored inputs are drawn from it, so they are in no repository and no
        candidate can know them in advance; every run of one store (one leaderboard) shares it,
        so reference ladders are measured once per store and runs stay comparable.
        """
        with self._lock, self._db:
            self._db.execute("INSERT OR IGNORE INTO meta VALUES ('input_seed', ?)", (str(secrets.randbelow(2**31)),))
            return int(self._db.execute("SELECT value FROM meta WHERE key = 'input_seed'").fetchone()[0])

    # runs -----------------------------------------------------------------------------
    def create_run(self, model: str, suite: str, config: dict[str, Any]) -> str:
        """A new ``running`` run owned by this process."""
        run_id = time.strftime("%Y%m%d-%H%M%S") + "-" + uuid.uuid4().hex[:6]
        with self._lock, self._db:
            self._db.execute("INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?)",
                             (run_id, time.time(), model, suite, json.dumps(config), "running", json.dumps(_this_process())))
        return run_id

    def run(self, run_id: str) -> RunInfo:
        with self._lock:
            row = self._db.execute("SELECT * FROM runs WHERE run_id = ?", (run_id,)).fetchone()
        if row is None:
            raise StoreError(f"no run {run_id!r} in {self.path} (see `ergon runs`)")
        return self._settled(row)

    def runs(self, suite: str | None = None) -> list[RunInfo]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM runs ORDER BY created").fetchall()
        infos = [self._settled(r) for r in rows]
        return [i for i in infos if suite is None or i.suite == suite]

    def _settled(self, row: tuple[Any, ...]) -> RunInfo:
        """The run of a stored row; a ``running`` one whose owner died is ``crashed`` from now on."""
        owner = json.loads(row[6]) if row[6] else None
        status = row[5]
        if status == "running" and owner is not None and not _owner_alive(owner):
            status = "crashed"
            with self._lock, self._db:  # only if no one has claimed it meanwhile
                self._db.execute("UPDATE runs SET status = ? WHERE run_id = ? AND status = 'running' AND owner = ?",
                                 (status, row[0], row[6]))
        return RunInfo(row[0], row[1], row[2], row[3], json.loads(row[4]), status, owner)

    def claim(self, run_id: str) -> None:
        """Make this process the owner of ``run_id`` (to resume it), which is ``running`` again.

        Refused while another live process on this host runs it: two processes working on one
        run would both pay for its missing samples.
        """
        info = self.run(run_id)  # a dead owner's run is settled as crashed here
        owner = info.owner or {}
        if info.status == "running" and owner and (owner.get("host"), owner.get("pid")) != (socket.gethostname(), os.getpid()):
            raise StoreError(f"run {run_id} is still running (process {owner.get('pid')} on {owner.get('host')}): "
                             "wait for it, or stop that process and resume then")
        with self._lock, self._db:
            self._db.execute("UPDATE runs SET status = 'running', owner = ? WHERE run_id = ?",
                             (json.dumps(_this_process()), run_id))

    def set_status(self, run_id: str, status: str) -> None:
        with self._lock, self._db:
            self._db.execute("UPDATE runs SET status = ? WHERE run_id = ?", (status, run_id))

    # samples and evaluations ------------------------------------------------------------
    def add_sample(self, run_id: str, sample: Sample) -> int:
        """Store ``sample`` (replacing an earlier attempt at it); returns how many times it was generated.

        A sample whose reply is in the ``replies`` table (``reply_key``) keeps no copy of it.
        """
        with self._lock, self._db:
            row = self._db.execute("SELECT attempts FROM samples WHERE run_id = ? AND task_id = ? AND idx = ?",
                                   (run_id, sample.task_id, sample.index)).fetchone()
            attempts = (row[0] if row else 0) + 1
            # the reply's row must be in this file (a model may cache elsewhere): else the text stays here
            kept = sample.reply_key is not None and self._db.execute(
                "SELECT 1 FROM replies WHERE key = ?", (sample.reply_key,)).fetchone() is not None
            self._db.execute("INSERT OR REPLACE INTO samples (run_id, task_id, idx, code, raw, error, usage, verdict, "
                             "reply_key, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             (run_id, sample.task_id, sample.index, _text(sample.code),
                              None if kept else _text(sample.raw), _text(sample.detail or None),
                              json.dumps(asdict(sample.usage)), sample.verdict.value if sample.verdict else None,
                              sample.reply_key if kept else None, attempts))
            if sample.trajectory is not None:  # an agent's steps, in the same transaction as its sample
                self._db.execute("INSERT OR REPLACE INTO trajectories VALUES (?, ?, ?, ?)",
                                 (run_id, sample.task_id, sample.index,
                                  storable(json.dumps(asdict(sample.trajectory), ensure_ascii=False))))
        return attempts

    def trajectories(self, run_id: str, task_id: str | None = None) -> dict[tuple[str, int], Trajectory]:
        """The agent trajectories behind a run's samples (of one task, if given), by (task id, sample index)."""
        query = "SELECT task_id, idx, trajectory FROM trajectories WHERE run_id = ?"
        with self._lock:
            rows = (self._db.execute(query + " AND task_id = ? ORDER BY idx", (run_id, task_id)) if task_id is not None
                    else self._db.execute(query + " ORDER BY task_id, idx", (run_id,))).fetchall()
        found = {}
        for task, idx, blob in rows:
            data = json.loads(blob)
            found[(task, idx)] = Trajectory(steps=[Step(**step) for step in data["steps"]],
                                            stop_reason=data["stop_reason"], final=data["final"],
                                            compute=data.get("compute"), wall_s=data.get("wall_s"))
        return found

    def samples(self, run_id: str) -> dict[tuple[str, int], Sample]:
        with self._lock:
            rows = self._db.execute("SELECT s.task_id, s.idx, s.code, coalesce(s.raw, r.text), s.error, s.usage, s.verdict, "
                                    "s.reply_key, s.attempts FROM samples s LEFT JOIN replies r ON r.key = s.reply_key "
                                    "WHERE s.run_id = ?", (run_id,)).fetchall()
        return {(r[0], r[1]): Sample(task_id=r[0], index=r[1], code=r[2], raw=r[3], detail=r[4] or "",
                                     verdict=Verdict(r[6]) if r[6] else None, usage=Usage(**json.loads(r[5])),
                                     reply_key=r[7], attempts=r[8])
                for r in rows}

    def add_evaluation(self, run_id: str, task_id: str, index: int, task_hash: str, evaluation: Evaluation) -> None:
        with self._lock, self._db:
            self._db.execute("INSERT OR REPLACE INTO evaluations VALUES (?, ?, ?, ?, ?, ?)",
                             (run_id, task_id, index, task_hash, evaluation.verdict.value, _evaluation_json(evaluation)))

    def evaluated(self, run_id: str) -> set[tuple[str, int]]:
        with self._lock:
            rows = self._db.execute("SELECT task_id, idx FROM evaluations WHERE run_id = ?", (run_id,)).fetchall()
        return {(r[0], r[1]) for r in rows}

    def evaluations(self, run_id: str) -> Iterator[StoredEvaluation]:
        with self._lock:
            rows = self._db.execute("SELECT task_id, idx, task_hash, evaluation FROM evaluations WHERE run_id = ? "
                                    "ORDER BY task_id, idx", (run_id,)).fetchall()
        for task_id, idx, task_hash, blob in rows:
            yield StoredEvaluation(task_id, idx, task_hash, Evaluation.model_validate_json(blob))

    # caches -----------------------------------------------------------------------------
    def cached(self, key: str) -> Evaluation | None:
        with self._lock:
            row = self._db.execute("SELECT evaluation FROM measurement_cache WHERE key = ?", (key,)).fetchone()
        return Evaluation.model_validate_json(row[0]) if row else None

    def cache(self, key: str, evaluation: Evaluation) -> None:
        with self._lock, self._db:
            self._db.execute("INSERT OR REPLACE INTO measurement_cache VALUES (?, ?, ?)",
                             (key, _evaluation_json(evaluation), time.time()))

    def add_reference(self, task_hash: str, tier: str, fingerprint: str, counter: str, evaluation: Evaluation) -> None:
        with self._lock, self._db:
            self._db.execute("INSERT OR REPLACE INTO reference_measurements VALUES (?, ?, ?, ?, ?)",
                             (task_hash, tier, fingerprint, counter, _evaluation_json(evaluation)))

    def references_for(self, fingerprint: str, counter: str) -> dict[tuple[str, str], Evaluation]:
        """Reference evaluations measured in one environment, by (task hash, tier)."""
        with self._lock:
            rows = self._db.execute("SELECT task_hash, tier, evaluation FROM reference_measurements "
                                    "WHERE fingerprint = ? AND counter = ?", (fingerprint, counter)).fetchall()
        return {(r[0], r[1]): Evaluation.model_validate_json(r[2]) for r in rows}

    def latest_references(self, task_hash: str) -> dict[str, Evaluation]:
        """A task's reference evaluations by tier, from the environment of the latest run that measured it."""
        for info in reversed(self.runs()):
            counter, fingerprint = info.config.get("counter"), info.config.get("fingerprint")
            if counter and fingerprint:
                found = {tier: ev for (h, tier), ev in self.references_for(fingerprint, counter).items() if h == task_hash}
                if found:
                    return found
        return {}

    # export -----------------------------------------------------------------------------
    def export_jsonl(self, run_id: str) -> Iterator[str]:
        info = self.run(run_id)
        samples = self.samples(run_id)
        trajectories = self.trajectories(run_id)
        for row in self.evaluations(run_id):
            s = samples.get((row.task_id, row.index))
            trajectory = trajectories.get((row.task_id, row.index))
            yield json.dumps({"run_id": run_id, "model": info.model, "suite": info.suite, "task_id": row.task_id,
                              "index": row.index, "task_hash": row.task_hash, "solution": s.code if s else None,
                              "raw": s.raw if s else None, "usage": asdict(s.usage) if s else None,
                              **row.evaluation.model_dump(mode="json"),
                              **({"trajectory": asdict(trajectory)} if trajectory else {})})
