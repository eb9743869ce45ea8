"""What each page of the site shows, gathered from the store into plain records.

Templates only lay these records out; every number here comes from :mod:`leaderboards.compute`
(the same figures as ``ergon leaderboard``) or straight from stored evaluations.
"""

from __future__ import annotations

import difflib
import hashlib
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

from harness.store import RunInfo, Store
from leaderboards.compute import ModelRow, TaskScore, restricted, run_tasks
from metrics.footprint import Factors, Footprint, eflops_energy_j, footprint, generation_energy_j
from tasks.results import Verdict
from tasks.schema import Task


def slug(*parts: str) -> str:
    """A file-name-safe, unique name: readable prefix plus a short hash of the exact text."""
    text = "/".join(parts)
    readable = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:48] or "x"
    return f"{readable}-{hashlib.sha256(text.encode()).hexdigest()[:8]}"


def model_page(row: ModelRow) -> str:
    return f"model-{slug(row.run_id)}.html"


def task_page(suite: str, task_id: str) -> str:
    return f"task-{slug(suite, task_id)}.html"


@dataclass
class Solution:
    """One run's best passing sample of a task, next to the reference tier nearest its count."""

    row: ModelRow
    index: int
    instructions: int
    code: str
    energy_j: float | None
    energy_source: str | None
    footprint: Footprint | None = None
    nearest_tier: str | None = None
    nearest_instructions: int | None = None
    diff: list[tuple[str, str]] = field(default_factory=list)
    """``(kind, line)`` with kind ``add``, ``del``, ``hunk`` or ``same``."""


@dataclass
class Tier:
    name: str
    instructions: int | None
    verdict: str
    ratio_to_next: float | None = None


@dataclass
class Ladder:
    environment: str
    counter: str
    tiers: list[Tier]


@dataclass
class TaskPage:
    suite: str
    task_id: str
    file: str
    task: Task | None
    note: str
    ladders: list[Ladder]
    scores: list[tuple[ModelRow, TaskScore]]
    solutions: list[Solution]


@dataclass(frozen=True)
class Generation:
    """Estimated energy of a run's generation and how it was estimated."""

    footprint: Footprint
    basis: str


@dataclass
class ModelPage:
    row: ModelRow
    file: str
    verdicts: list[tuple[str, int]]
    solutions: Footprint | None
    """Energy of the passing samples' scored calls (one call each), with its carbon and water."""
    energy_sources: list[str]
    generation: Generation | None
    task_files: dict[str, str]


@dataclass(frozen=True)
class Assumptions:
    """What turns energy into carbon and water, and tokens or eFLOPs into energy (see :mod:`metrics.footprint`)."""

    factors: Factors = Factors()
    joules_per_token: float | None = None
    """``None``: the default of :func:`metrics.footprint.generation_energy_j`."""
    flops_per_joule: float | None = None
    """When given, generation energy comes from the run's eFLOPs instead of its tokens."""


def generation(row: ModelRow, output_tokens: int, assumptions: Assumptions) -> Generation | None:
    """The run's generation energy estimate, or ``None`` when it recorded no generation (samples files, references)."""
    if assumptions.flops_per_joule and row.eflops:
        energy = eflops_energy_j(row.eflops, assumptions.flops_per_joule)
        basis = f"{row.eflops:.3g} eFLOPs at {assumptions.flops_per_joule:.3g} FLOP/J"
    elif output_tokens:
        per_token = assumptions.joules_per_token
        energy = generation_energy_j(output_tokens) if per_token is None else generation_energy_j(output_tokens, per_token)
        basis = (f"{output_tokens:,} output tokens × {energy / output_tokens:g} J/token"
                 + (" (Samsi et al. 2023, LLaMA-65B on V100/A100)" if per_token is None else " (given)"))
    else:
        return None
    return Generation(footprint(energy, assumptions.factors), basis)


def diff_lines(reference: str, candidate: str, reference_name: str) -> list[tuple[str, str]]:
    """A unified diff from the reference's code to the candidate's, one classified line each."""
    lines = []
    for line in difflib.unified_diff(reference.splitlines(), candidate.splitlines(),
                                     f"reference {reference_name}", "this sample", lineterm=""):
        kind = ("hunk" if line.startswith(("@@", "---", "+++")) else "add" if line.startswith("+")
                else "del" if line.startswith("-") else "same")
        lines.append((kind, line))
    return lines


def _suite_tasks(info: RunInfo, cache: dict[tuple[str, int, str | None], dict[str, Task]]) -> dict[str, Task]:
    """The run's tasks (its suite, input seed and data source, so content hashes match); ``{}`` if unavailable."""
    key = (info.suite, int(info.config.get("input_seed", 0)), info.config.get("suite_source"))
    if key not in cache:
        cache[key] = {t.id: t for t in run_tasks(info) or []}
    return cache[key]


def tagged_rows(store: Store, rows: list[ModelRow]) -> list[tuple[str, ModelRow]]:
    """For each tag of the installed suites' tasks, each run recomputed over its tasks with that tag
    (``(tag, row)``, by tag); a run of a suite no longer installed has no tags."""
    infos = {i.run_id: i for i in store.runs()}
    cache: dict[tuple[str, int, str | None], dict[str, Task]] = {}
    by_tag: dict[str, list[ModelRow]] = defaultdict(list)
    for row in rows:
        tasks = _suite_tasks(infos[row.run_id], cache)
        tags = sorted({tag for t in row.tasks if t.task_id in tasks for tag in tasks[t.task_id].tags})
        for tag in tags:
            by_tag[tag].append(restricted(row, [t.task_id for t in row.tasks
                                                if t.task_id in tasks and tag in tasks[t.task_id].tags]))
    return [(tag, r) for tag in sorted(by_tag) for r in by_tag[tag]]


def _ladders(store: Store, task_hash: str, environments: list[tuple[str, str]], task: Task | None) -> list[Ladder]:
    order = [r.tier for r in task.references] if task else []
    ladders = []
    for fingerprint, counter in environments:
        found = {tier: ev for (h, tier), ev in store.references_for(fingerprint, counter).items() if h == task_hash}
        if not found:
            continue
        tiers = [Tier(name, ev.measurement.instructions if ev.verdict == Verdict.PASS and ev.measurement else None,
                      ev.verdict.value)
                 for name, ev in sorted(found.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))]
        for a, b in zip(tiers, tiers[1:]):
            if a.instructions and b.instructions:
                a.ratio_to_next = a.instructions / b.instructions
        ladders.append(Ladder(fingerprint, counter, tiers))
    return ladders


def _best(row: ModelRow, task_id: str, task: Task | None, ladder: Ladder | None, evaluations: dict[str, list[Any]],
          codes: dict[tuple[str, int], str | None], factors: Factors) -> Solution | None:
    passing = [e for e in evaluations.get(task_id, [])
               if e.evaluation.verdict == Verdict.PASS and e.evaluation.measurement
               and e.evaluation.measurement.instructions]
    if not passing:
        return None
    best = min(passing, key=lambda e: (e.evaluation.measurement.instructions, e.index))
    m = best.evaluation.measurement
    solution = Solution(row, best.index, m.instructions, codes.get((task_id, best.index)) or "",
                        m.energy_j, m.energy_source, footprint(m.energy_j, factors) if m.energy_j is not None else None)
    measured = [t for t in (ladder.tiers if ladder else []) if t.instructions]
    if measured:
        near = min(measured, key=lambda t: abs(math.log(m.instructions / t.instructions)))
        solution.nearest_tier, solution.nearest_instructions = near.name, near.instructions
        code = {r.tier: r.code for r in task.references}.get(near.name) if task else None
        if code is not None:
            solution.diff = diff_lines(code, solution.code, near.name)
    return solution


def verdict_counts(store: Store, run_id: str) -> list[tuple[str, int]]:
    """How many samples ended in each verdict (a sample never evaluated counts as ``not evaluated``)."""
    counts: Counter[str] = Counter()
    seen = set()
    for e in store.evaluations(run_id):
        counts[e.evaluation.verdict.value] += 1
        seen.add((e.task_id, e.index))
    for key, sample in store.samples(run_id).items():
        if key not in seen:
            counts[sample.verdict.value if sample.verdict else "not evaluated"] += 1
    return counts.most_common()


def build_pages(store: Store, rows: list[ModelRow], assumptions: Assumptions) -> tuple[list[ModelPage], list[TaskPage]]:
    infos = {i.run_id: i for i in store.runs()}
    suite_cache: dict[tuple[str, int, str | None], dict[str, Task]] = {}
    models: list[ModelPage] = []
    by_task: dict[tuple[str, str], list[tuple[ModelRow, TaskScore]]] = defaultdict(list)
    for row in rows:
        for score in row.tasks:
            by_task[(row.suite, score.task_id)].append((row, score))
    tasks: list[TaskPage] = []
    per_run: dict[str, tuple[dict[str, list[Any]], dict[tuple[str, int], str | None], dict[str, str]]] = {}
    for row in rows:
        grouped: dict[str, list[Any]] = defaultdict(list)
        hashes: dict[str, str] = {}
        for e in store.evaluations(row.run_id):
            grouped[e.task_id].append(e)
            hashes[e.task_id] = e.task_hash
        samples = store.samples(row.run_id)
        codes = {k: s.code for k, s in samples.items()}
        per_run[row.run_id] = (grouped, codes, hashes)
        output_tokens = sum(s.usage.completion_tokens for s in samples.values())
        energies = [e.evaluation.measurement for es in grouped.values() for e in es
                    if e.evaluation.verdict == Verdict.PASS and e.evaluation.measurement
                    and e.evaluation.measurement.energy_j is not None]
        solved_energy = sum(m.energy_j for m in energies) if energies else None  # type: ignore[misc]
        models.append(ModelPage(row, model_page(row), verdict_counts(store, row.run_id),
                                None if solved_energy is None else footprint(solved_energy, assumptions.factors),
                                sorted({m.energy_source for m in energies if m.energy_source}),
                                generation(row, output_tokens, assumptions),
                                {t.task_id: task_page(row.suite, t.task_id) for t in row.tasks}))
    for (suite, task_id), scores in sorted(by_task.items()):
        first = infos[scores[0][0].run_id]
        task_hash = per_run[first.run_id][2][task_id]
        task = _suite_tasks(first, suite_cache).get(task_id)
        note = ""
        if task is None:
            note = f"task {task_id!r} is not in the installed suite {suite!r}: prompt and reference code unavailable"
        elif task.content_hash != task_hash:
            note = ("the installed definition of this task differs from the one measured "
                    f"(content hash {task.content_hash} here, {task_hash} in the run): prompt shown as installed, no diffs")
        environments = sorted({(infos[r.run_id].config.get("fingerprint"), infos[r.run_id].config.get("counter"))
                               for r, _ in scores if infos[r.run_id].config.get("fingerprint")})
        ladders = _ladders(store, task_hash, environments, task)  # type: ignore[arg-type]
        solutions = []
        for row, _ in scores:
            grouped, codes, _hashes = per_run[row.run_id]
            info = infos[row.run_id]
            ladder = next((lad for lad in ladders if (lad.environment, lad.counter)
                           == (info.config.get("fingerprint"), info.config.get("counter"))), None)
            same = task if task is not None and task.content_hash == per_run[row.run_id][2][task_id] else None
            best = _best(row, task_id, same, ladder, grouped, codes, assumptions.factors)
            if best is not None:
                solutions.append(best)
        tasks.append(TaskPage(suite, task_id, task_page(suite, task_id), task, note, ladders, scores, solutions))
    return models, tasks


def ergon_version() -> str:
    try:
        return metadata.version("ergon")
    except metadata.PackageNotFoundError:  # running from a checkout that was never installed
        return "unknown (not installed)"


@dataclass
class Provenance:
    run: RunInfo
    executors: list[str]
    fingerprints: list[str]
    interpreters: list[str]
    counters: list[str]
    hash_seeds: list[str]
    extra: dict[str, list[str]]


def provenance(store: Store) -> list[Provenance]:
    """Per run: where and how it was measured, from the run's config and every evaluation's provenance."""
    result = []
    for info in store.runs():
        seen: dict[str, set[str]] = defaultdict(set)
        for e in store.evaluations(info.run_id):
            for key, value in e.evaluation.provenance.items():
                if key in ("task_hash", "task_seed", "times"):
                    continue
                seen[key].add(str(value))
        pick = lambda key: sorted(seen.pop(key, set()))  # noqa: E731
        result.append(Provenance(info, pick("executor") or [str(info.config.get("executor", "–"))],
                                 pick("fingerprint"), pick("python"), pick("counter") or [str(info.config.get("counter"))],
                                 pick("hash_seed") or [str(info.config.get("hash_seed", "–"))],
                                 {k: sorted(v) for k, v in sorted(seen.items())}))
    return result
