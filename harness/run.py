"""Run orchestration: samples from a model, evaluated in parallel as they arrive, stored as they finish.

Also measures every reference tier of every task in the same environment as the candidates
(instruction counts differ by up to 46% between interpreter builds, so references measured
elsewhere would be meaningless) and keeps those measurements for the leaderboard.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import threading
from concurrent.futures import Future, wait
from dataclasses import replace
from typing import Any, Callable, Literal

from pydantic import BaseModel, Field

from harness.languages import EvalContext, Language, language_for, languages
from harness.pool import LongestFirstPool
from harness.providers import Model, ModelContext, ModelOptions, Sample, SampleRequest, SamplesModel, make_model
from harness.store import Store, code_hash
from sandboxes.counters import CounterUnavailable, select_counter
from sandboxes.executor import Executor
from tasks.registry import SuiteError, open_suite
from tasks.results import Evaluation, Verdict
from tasks.schema import Task


class RunConfig(BaseModel):
    """Everything that defines a run; stored with it so ``--resume`` repeats it exactly."""

    suite: str = "builtin"
    suite_source: str | None = None
    """A data suite's data (hub name or local path; ``None``: its default hub name)."""
    suite_provenance: dict[str, Any] = {}
    """Where the suite's tasks came from (source, revision, digest of the rows), recorded at the start:
    a resume that finds other data is refused."""
    model: str = "reference:fastest"
    n: int = Field(1, ge=1, le=1000)
    kind: Literal["generate", "edit"] = "generate"
    task_ids: list[str] | None = None
    executor: str = "local"
    warm_pool: bool = False
    """Docker only: one long-lived container per worker instead of a fresh one per job."""
    ray_address: str | None = None
    """Ray only: the cluster (``auto``, ``HOST:PORT``, ``ray://HOST:PORT`` or ``local``)."""
    ray_sandbox: Literal["local", "docker"] = "local"
    """Ray only: the executor each worker node runs its jobs with."""
    counter: str | None = None
    """``perf``/``qemu-host``/``callgrind``/``qemu-plugin``; ``None`` picks the first that works for the suite's
    languages and records the choice."""
    timing_repeats: int = Field(5, ge=0)
    trace_memory: bool = True
    hash_seed: int = 0
    input_seed: int = 0
    """Seed of the suite's generated inputs (hidden tests, scored input); recorded with the run."""
    workers: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1)
    model_options: ModelOptions = ModelOptions()
    budget: dict[str, float] = {}
    """An agent model's budget beyond its iterations (``MODEL+AGENT@ITERATIONS``): tokens, width, patience."""
    fingerprint: str | None = None
    """The executor environment the run was measured in, recorded at the start."""


MAX_GENERATION_ATTEMPTS = 3
"""A sample that failed to generate is asked for again on ``--resume``, until it has failed this
many times (the first run and two resumes): then the error is final, and says so."""


class GenerationFailed(RuntimeError):
    """Not one sample of a run could be generated: the run is marked ``failed``, not ``complete``."""


class Progress:
    """Callbacks the CLI turns into progress bars; the default does nothing."""

    def start(self, what: str, total: int) -> None: ...

    def advance(self, what: str, detail: str = "") -> None: ...


def select_tasks(config: RunConfig) -> list[Task]:
    data = open_suite(config.suite, seed=config.input_seed, source=config.suite_source)
    if config.suite_provenance and data.provenance != config.suite_provenance:
        changed = sorted(k for k in set(data.provenance) | set(config.suite_provenance)
                         if data.provenance.get(k) != config.suite_provenance.get(k))
        raise SuiteError(f"suite {config.suite!r}: its data differs from the run's ({', '.join(changed)} changed: "
                         f"recorded {config.suite_provenance}): pass the data the run started with")
    tasks = data.tasks
    if config.task_ids:
        known = {t.id for t in tasks}
        unknown = [i for i in config.task_ids if i not in known]
        if unknown:
            raise KeyError(f"unknown task id(s) in suite {config.suite!r}: {', '.join(unknown)}")
        tasks = [t for t in tasks if t.id in set(config.task_ids)]
    return [t for t in tasks if config.kind in t.kinds]


def run_languages(tasks: list[Task]) -> list[Language]:
    return [languages.get(name) for name in sorted({t.language for t in tasks})]


def accepted_counters(tasks: list[Task]) -> list[str]:
    """The counters every language of ``tasks`` can be measured with, in the first one's order."""
    langs = run_languages(tasks)
    accepted = [c for c in langs[0].counters if all(c in lang.counters for lang in langs)] if langs else []
    if not accepted:
        raise CounterUnavailable(f"no instruction counter measures all of {', '.join(lang.name for lang in langs)}: "
                                 "run their suites separately")
    return accepted


def context_for(config: RunConfig, executor: Executor, tasks: list[Task]) -> EvalContext:
    """The evaluation context of a run whose counter is already pinned (see :func:`resolve_counter`)."""
    counter = select_counter(executor, accepted_counters(tasks), config.counter)
    return EvalContext(executor=executor, counter=counter, timing_repeats=config.timing_repeats,
                       trace_memory=config.trace_memory, hash_seed=config.hash_seed)


def resolve_counter(config: RunConfig, executor: Executor) -> RunConfig:
    """Pin the counter and fingerprint so a resumed run measures exactly as it started.

    The counter is chosen once, here, from those the suite's languages accept (probing a
    requested one too: a run must not start with a counter that cannot count).  The
    fingerprint is the executor's plus the languages' payload versions: a changed runner may
    shift counts, so its results never mix with the old runner's.
    """
    tasks = select_tasks(config)
    counter = select_counter(executor, accepted_counters(tasks), config.counter).name
    versions = "+".join(f"{lang.name}-{lang.version}" for lang in run_languages(tasks))
    provenance = open_suite(config.suite, seed=config.input_seed, source=config.suite_source).provenance
    return config.model_copy(update={"counter": counter, "fingerprint": f"{executor.environment().fingerprint}:{versions}",
                                     "suite_provenance": provenance})


def executor_fingerprint(config: RunConfig) -> str | None:
    """The executor's part of a run's pinned fingerprint (see :func:`resolve_counter`), ``None`` before it is pinned."""
    return config.fingerprint.partition(":")[0] if config.fingerprint else None


def cache_key(task: Task, code: str, config: RunConfig) -> str:
    parts = [code_hash(code), task.content_hash, str(config.counter), str(config.fingerprint),
             str(config.timing_repeats), str(config.trace_memory), str(config.hash_seed)]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


_in_flight: dict[str, threading.Lock] = {}
_in_flight_lock = threading.Lock()


def evaluate_cached(store: Store, task: Task, code: str, config: RunConfig, ctx: EvalContext) -> Evaluation:
    """The stored evaluation of this code in this environment, else a new one (stored).

    Evaluations of the same key run one at a time: a sample identical to a reference tier (the
    ``reference:`` models) waits for the tier's measurement instead of repeating it beside it.
    """
    key = cache_key(task, code, config)
    with _in_flight_lock:
        lock = _in_flight.setdefault(key, threading.Lock())
    with lock:
        hit = store.cached(key)
        if hit is not None:
            return hit
        evaluation = language_for(task).evaluate(task, code, ctx)
        # may pass on a quieter machine (the tamper check compares the count with CPU time)
        if evaluation.verdict not in (Verdict.TIMEOUT, Verdict.MEASURE_ERROR, Verdict.TAMPERED):
            store.cache(key, evaluation)
        return evaluation


def evaluator(store: Store, config: RunConfig) -> Callable[[Task, str, EvalContext], Evaluation] | None:
    """:func:`evaluate_cached` for any context of this run's environment (e.g. without a counter, or
    without timing), keyed on that context; ``None`` before the environment is pinned
    (:func:`resolve_counter`), when there is no fingerprint to key on."""
    if config.fingerprint is None:
        return None

    def evaluate(task: Task, code: str, ctx: EvalContext) -> Evaluation:
        keyed = config.model_copy(update={"counter": ctx.counter.name if ctx.counter else None,
                                          "timing_repeats": ctx.timing_repeats, "trace_memory": ctx.trace_memory,
                                          "hash_seed": ctx.hash_seed})
        return evaluate_cached(store, task, code, keyed, ctx)

    return evaluate


UNMEASURED = 1e15
"""Cost estimate of a tier never measured anywhere, above any real count; divided by its rank."""


def tier_costs(store: Store, task: Task) -> dict[str, float]:
    """Estimated cost of evaluating each reference tier of ``task``, to start the longest first.

    Its instruction count in the environment that last measured it (counts differ between
    environments, not their order of magnitude); else its rank, slowest tier first, so that on a
    fresh store every task's slowest tier starts before any second-slowest one.
    """
    known = store.latest_references(task.content_hash)
    costs = {}
    for rank, ref in enumerate(task.references):
        measured = known.get(ref.tier)
        count = measured.measurement.instructions if measured and measured.measurement else None
        costs[ref.tier] = float(count) if count else UNMEASURED / (1 + rank)
    return costs


def sample_cost(task: Task, code: str | None, costs: dict[str, float]) -> float:
    """A candidate's cost estimate: its task's median tier (a candidate is neither the slowest nor the
    fastest); nothing for code that is one of the task's reference tiers (the ``reference:`` models),
    which is served from that tier's measurement once it is done, so it is best queued last."""
    if code is None or any(code == ref.code for ref in task.references):
        return 0.0
    return statistics.median(costs.values()) if costs else UNMEASURED


def measure_references(store: Store, tasks: list[Task], config: RunConfig, ctx: EvalContext,
                       pool: LongestFirstPool, progress: Progress,
                       costs: dict[str, dict[str, float]]) -> list[Future[None]]:
    """Queue the reference tiers not yet measured in this environment, the costliest first."""
    assert config.counter and config.fingerprint
    # a tier that failed to measure (a busy machine, a bug since fixed) is measured again, never kept as a hole
    done = {key for key, ev in store.references_for(config.fingerprint, config.counter).items() if ev.verdict == Verdict.PASS}
    todo = [(t, r) for t in tasks for r in t.references if (t.content_hash, r.tier) not in done]
    progress.start("references", len(todo))

    def measure(task: Task, tier: str, code: str) -> None:
        evaluation = evaluate_cached(store, task, code, config, ctx)
        store.add_reference(task.content_hash, tier, config.fingerprint, config.counter, evaluation)
        progress.advance("references", f"{task.id}:{tier} {evaluation.verdict}")

    return [pool.submit(costs[t.id][r.tier], measure, t, r.tier, r.code) for t, r in todo]


def model_context(store: Store, config: RunConfig, tasks: list[Task], evaluation: EvalContext | None = None,
                  run_id: str | None = None) -> ModelContext:
    # replies live in the store itself, so a sample made from one keeps no second copy
    return ModelContext(tasks=tasks, n=config.n, cache_path=store.path, run_id=run_id,
                        evaluation=evaluation, budget=dict(config.budget), evaluate=evaluator(store, config))


def check_model(store: Store, config: RunConfig, model_factory: Callable[..., Model] = make_model) -> None:
    """Fail before anything is stored if the model spec (or the file it names, or the server it
    points at: the model is probed) is unusable."""
    context = replace(model_context(store, config, select_tasks(config)), probe=True)
    model_factory(config.model, config.model_options, context).close()


def samples_per_task(model: Model, task: Task, n: int) -> int:
    return model.count(task.id) if isinstance(model, SamplesModel) else n


def execute(store: Store, run_id: str, config: RunConfig, executor: Executor,
            progress: Progress | None = None, model_factory: Callable[..., Model] = make_model) -> None:
    """Bring run ``run_id`` to completion: skip what is stored, generate and evaluate the rest."""
    progress = progress or Progress()
    tasks = select_tasks(config)
    by_id = {t.id: t for t in tasks}
    ctx = context_for(config, executor, tasks)
    model = model_factory(config.model, config.model_options, model_context(store, config, tasks, ctx, run_id))
    try:
        store.claim(run_id)
        evaluated = store.evaluated(run_id)
        stored = store.samples(run_id)
        wanted = [(t, i) for t in tasks for i in range(max(1, samples_per_task(model, t, config.n)))]
        # A sample that failed to generate is asked for again (once per resume, a bounded number of
        # times): the failure may have been the server's or the key's, and fixed since.  A failed
        # evaluation is final.
        retried = {key for key, s in stored.items()
                   if s.verdict == Verdict.GENERATION_ERROR and s.attempts < MAX_GENERATION_ATTEMPTS}
        pending = [(t, i) for t, i in wanted if (t.id, i) not in evaluated or (t.id, i) in retried]
        progress.start("samples", len(pending))
        costs = {t.id: tier_costs(store, t) for t in tasks}
        pool = LongestFirstPool(config.workers)
        try:
            futures = measure_references(store, tasks, config, ctx, pool, progress, costs)

            def evaluate(task: Task, index: int, sample: Sample | None) -> None:
                if sample is None or sample.code is None:
                    evaluation = _no_code(sample, samples_per_task(model, task, config.n))
                else:
                    evaluation = evaluate_cached(store, task, sample.code, config, ctx)
                store.add_evaluation(run_id, task.id, index, task.content_hash, evaluation)
                progress.advance("samples", f"{task.id}#{index} {evaluation.verdict}")

            requests = []
            for task, i in pending:
                sample = stored.get((task.id, i))
                if sample is not None and (task.id, i) not in retried:
                    futures.append(pool.submit(sample_cost(task, sample.code, costs[task.id]), evaluate, task, i, sample))
                else:
                    requests.append(SampleRequest(task=task, index=i, kind=config.kind))
            progress.start("generated", len(requests))
            for sample in model.generate(requests):
                sample.attempts = store.add_sample(run_id, sample)
                progress.advance("generated", f"{sample.task_id}#{sample.index}")
                for_task = by_id[sample.task_id]
                futures.append(pool.submit(sample_cost(for_task, sample.code, costs[for_task.id]), evaluate, for_task,
                                           sample.index, sample))
            seen = store.samples(run_id)
            for req in requests:  # a provider with no sample for a request (e.g. task absent from a samples file)
                if (req.task.id, req.index) not in seen:
                    futures.append(pool.submit(0.0, evaluate, req.task, req.index, None))
            wait(futures)
            for f in futures:
                f.result()  # surface harness bugs instead of hiding them
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)  # Ctrl-C: finish what runs, drop what waits
            raise
        pool.shutdown()
        _finish(store, run_id, config)
    finally:
        model.close()


def _finish(store: Store, run_id: str, config: RunConfig) -> None:
    """Mark the run ``complete``, or ``failed`` when it has samples and every one failed to generate."""
    samples = store.samples(run_id).values()
    errors = [s for s in samples if s.verdict == Verdict.GENERATION_ERROR]
    if not errors or len(errors) < len(samples):
        store.set_status(run_id, "complete")
        return
    store.set_status(run_id, "failed")
    first = min(errors, key=lambda s: (s.task_id, s.index)).detail
    if all(s.attempts >= MAX_GENERATION_ATTEMPTS for s in errors):
        raise GenerationFailed(f"every request for {config.model} failed ({first}) on {MAX_GENERATION_ATTEMPTS} "
                               "attempts: the errors are final; once the cause is fixed, start a new run")
    raise GenerationFailed(f"every request for {config.model} failed ({first}): fix the cause, "
                           f"then continue with --resume {run_id}")


def _no_code(sample: Sample | None, available: int) -> Evaluation:
    if sample is None or sample.verdict is None:
        return Evaluation(verdict=Verdict.NO_CODE, detail="no sample was provided for this task" if available == 0
                          else "the model produced no code")
    detail = sample.detail[:500]
    if sample.verdict == Verdict.GENERATION_ERROR and sample.attempts >= MAX_GENERATION_ATTEMPTS:
        detail = f"final after {sample.attempts} attempts (no resume asks again): {detail}"
    return Evaluation(verdict=sample.verdict, detail=detail)
