"""Resume and the measurement cache, observed through real runs of a samples file.

Every candidate here fails its check quickly (no instruction counting), and the reference tiers
are recorded as measured beforehand, so each run takes seconds.  Re-evaluation is detected by
what the run reports to its :class:`Progress` and by evaluations planted in the store: a run that
evaluated a stored sample again would have replaced the planted evaluation.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator

import pytest
from pydantic import SecretStr

from harness import run as runs
from harness.endpoints.scripted_server import FakeOpenAIServer, Reply
from harness.languages import EvalContext
from harness.providers import ModelOptions, ModelSpecError, Sample, SampleRequest, make_model
from harness.store import Store
from sandboxes.local import LocalExecutor
from tasks.registry import find_task
from tasks.results import Evaluation, Verdict

WRONG = "def dedupe(xs):\n    return sorted(set(xs))\n"
TIMES_OUT = "import os, signal\ndef dedupe(xs):\n    os.kill(os.getpid(), signal.SIGXCPU)\n"  # the CPU limit, at once
SAMPLES = [
    ("dedupe", WRONG),
    ("dedupe", "def something_else(xs):\n    return xs\n"),
    ("dedupe", TIMES_OUT),
    ("kth_smallest", "def kth_smallest(xs, k):\n    return sorted(xs)[0]\n"),
]
VERDICTS = {("dedupe", 0): Verdict.FAIL, ("dedupe", 1): Verdict.NO_ENTRY_POINT, ("dedupe", 2): Verdict.TIMEOUT,
            ("kth_smallest", 0): Verdict.FAIL}
PLANTED = "planted by the test"


class Recorder(runs.Progress):
    """What a run says it is doing: how much work it queued, and how much it finished."""

    def __init__(self) -> None:
        self.started: dict[str, int] = {}
        self.advanced: Counter[str] = Counter()

    def start(self, what: str, total: int) -> None:
        self.started[what] = total

    def advance(self, what: str, detail: str = "") -> None:
        self.advanced[what] += 1


@pytest.fixture
def samples_file(tmp_path: Path) -> Path:
    path = tmp_path / "samples.jsonl"
    path.write_text("".join(json.dumps({"task_id": t, "solution": code}) + "\n" for t, code in SAMPLES))
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "ergon.sqlite")
    yield store
    store.close()


def pinned(store: Store, executor: LocalExecutor, **fields: Any) -> runs.RunConfig:
    """A pinned run configuration whose reference tiers count as measured already."""
    cfg = runs.resolve_counter(runs.RunConfig(**{"suite": "builtin", "task_ids": ["dedupe", "kth_smallest"],
                                                 "timing_repeats": 0, "trace_memory": False, "workers": 2, **fields}),
                               executor)
    assert cfg.counter and cfg.fingerprint
    for task in runs.select_tasks(cfg):
        for ref in task.references:
            store.add_reference(task.content_hash, ref.tier, cfg.fingerprint, cfg.counter,
                                Evaluation(verdict=Verdict.PASS, detail=PLANTED))
    return cfg


@pytest.fixture
def config(samples_file: Path, store: Store, local_executor: LocalExecutor) -> runs.RunConfig:
    return pinned(store, local_executor, model=f"samples:{samples_file}")


def start(store: Store, cfg: runs.RunConfig) -> str:
    return store.create_run(cfg.model, cfg.suite, cfg.model_dump(mode="json"))


def verdicts(store: Store, run_id: str) -> dict[tuple[str, int], Verdict]:
    return {(e.task_id, e.index): e.evaluation.verdict for e in store.evaluations(run_id)}


def plant(store: Store, run_id: str) -> None:
    """Replace every stored evaluation by a recognisable one (same verdict)."""
    for e in list(store.evaluations(run_id)):
        store.add_evaluation(run_id, e.task_id, e.index, e.task_hash,
                             e.evaluation.model_copy(update={"detail": PLANTED}))


def test_a_run_evaluates_each_sample_once(store: Store, config: runs.RunConfig, local_executor: LocalExecutor) -> None:
    run_id, progress = start(store, config), Recorder()
    runs.execute(store, run_id, config, local_executor, progress)
    assert verdicts(store, run_id) == VERDICTS
    assert progress.started == {"samples": 4, "references": 0, "generated": 4}
    assert progress.advanced == {"samples": 4, "generated": 4}
    assert store.run(run_id).status == "complete"


def test_a_resumed_run_evaluates_nothing_it_stored(store: Store, config: runs.RunConfig,
                                                   local_executor: LocalExecutor) -> None:
    run_id = start(store, config)
    runs.execute(store, run_id, config, local_executor)
    plant(store, run_id)
    progress = Recorder()
    runs.execute(store, run_id, config, local_executor, progress)
    assert progress.started == {"samples": 0, "references": 0, "generated": 0} and not progress.advanced
    assert {e.evaluation.detail for e in store.evaluations(run_id)} == {PLANTED}


def interrupting_after(count: int):
    """A model factory whose samples model stops the run (as Ctrl-C would) after ``count`` samples."""
    def factory(spec, options, context):
        model = make_model(spec, options, context)
        real = model.generate

        def generate(requests: Iterable[SampleRequest]) -> Iterator[Sample]:
            for i, sample in enumerate(real(requests)):
                if i == count:
                    raise KeyboardInterrupt
                yield sample
        model.generate = generate
        return model
    return factory


def test_an_interrupted_run_resumes_with_exactly_what_is_missing(store: Store, config: runs.RunConfig,
                                                                 local_executor: LocalExecutor) -> None:
    run_id = start(store, config)
    with pytest.raises(KeyboardInterrupt):
        runs.execute(store, run_id, config, local_executor, model_factory=interrupting_after(2))
    stored, evaluated = set(store.samples(run_id)), store.evaluated(run_id)
    assert len(stored) == 2 and evaluated <= stored
    plant(store, run_id)
    progress = Recorder()
    runs.execute(store, run_id, config, local_executor, progress)
    assert progress.started["samples"] == 4 - len(evaluated) == progress.advanced["samples"]
    assert progress.started["generated"] == 2 == progress.advanced["generated"]  # the stored two are not asked again
    assert verdicts(store, run_id) == VERDICTS
    kept = {(e.task_id, e.index) for e in store.evaluations(run_id) if e.evaluation.detail == PLANTED}
    assert kept == evaluated


def test_a_stored_sample_is_evaluated_as_stored_not_generated_again(store: Store, config: runs.RunConfig,
                                                                     local_executor: LocalExecutor) -> None:
    """A run killed between storing a sample and evaluating it evaluates that sample on resume."""
    run_id = start(store, config)
    store.add_sample(run_id, Sample(task_id="dedupe", index=0, code="def other(xs):\n    return xs\n", raw="stored"))
    store.add_sample(run_id, Sample(task_id="dedupe", index=2, code=None, verdict=Verdict.NO_CODE, detail="none"))
    progress = Recorder()
    runs.execute(store, run_id, config, local_executor, progress)
    assert progress.started["generated"] == 2
    assert verdicts(store, run_id) == {**VERDICTS, ("dedupe", 0): Verdict.NO_ENTRY_POINT, ("dedupe", 2): Verdict.NO_CODE}
    assert store.samples(run_id)[("dedupe", 0)].raw == "stored"


def test_failures_are_cached_but_timeouts_are_not(store: Store, config: runs.RunConfig,
                                                  local_executor: LocalExecutor) -> None:
    """A timeout may pass on a quieter machine: it is measured again next time."""
    runs.execute(store, start(store, config), config, local_executor)
    dedupe = find_task("dedupe")
    assert store.cached(runs.cache_key(dedupe, WRONG, config)).verdict == Verdict.FAIL
    assert store.cached(runs.cache_key(dedupe, TIMES_OUT, config)) is None


def test_a_new_run_of_the_same_samples_is_served_from_the_cache(store: Store, config: runs.RunConfig,
                                                                local_executor: LocalExecutor) -> None:
    dedupe = find_task("dedupe")
    planted = Evaluation(verdict=Verdict.PASS, detail=PLANTED)
    store.cache(runs.cache_key(dedupe, WRONG, config), planted)
    run_id = start(store, config)
    runs.execute(store, run_id, config, local_executor)
    assert next(e.evaluation for e in store.evaluations(run_id) if (e.task_id, e.index) == ("dedupe", 0)) == planted


@pytest.mark.parametrize("change", [{"counter": "perf"}, {"fingerprint": "another machine"}, {"timing_repeats": 7},
                                    {"trace_memory": True}, {"hash_seed": 1}])
def test_a_changed_measuring_setup_misses_the_cache(change: dict, store: Store, config: runs.RunConfig,
                                                    local_executor: LocalExecutor) -> None:
    dedupe = find_task("dedupe")
    store.cache(runs.cache_key(dedupe, WRONG, config), Evaluation(verdict=Verdict.PASS, detail=PLANTED))
    changed = config.model_copy(update=change)
    ctx = runs.context_for(config, local_executor, [dedupe])
    evaluation = runs.evaluate_cached(store, dedupe, WRONG, changed, ctx)
    assert evaluation.verdict == Verdict.FAIL
    assert store.cached(runs.cache_key(dedupe, WRONG, changed)) == evaluation
    assert runs.evaluate_cached(store, dedupe, WRONG, config, ctx).detail == PLANTED


def test_the_cache_key_ignores_what_does_not_change_a_measurement(config: runs.RunConfig) -> None:
    dedupe = find_task("dedupe")
    key = runs.cache_key(dedupe, WRONG, config)
    assert runs.cache_key(dedupe, WRONG, config.model_copy(update={"model": "other", "n": 9, "workers": 1})) == key
    assert runs.cache_key(dedupe, WRONG + "\n", config) != key
    assert runs.cache_key(find_task("kth_smallest"), WRONG, config) != key


def test_a_models_own_checks_are_cached_under_their_own_context(store: Store, config: runs.RunConfig,
                                                                local_executor: LocalExecutor) -> None:
    """An agent checks its drafts in another context than the run counts in (no counter, other settings): those
    checks are cached in the run's environment under that context, never as the run's counted evaluation."""
    assert runs.evaluator(store, config.model_copy(update={"fingerprint": None})) is None  # no environment yet
    counting = config.model_copy(update={"timing_repeats": 5, "trace_memory": True})
    evaluate = runs.evaluator(store, counting)
    assert evaluate is not None
    dedupe, check = find_task("dedupe"), EvalContext(executor=local_executor, counter=None, hash_seed=3,
                                                     timing_repeats=0, trace_memory=False)
    first = evaluate(dedupe, WRONG, check)
    assert first.verdict == Verdict.FAIL
    as_checked = counting.model_copy(update={"counter": None, "timing_repeats": 0, "trace_memory": False, "hash_seed": 3})
    assert store.cached(runs.cache_key(dedupe, WRONG, as_checked)) == first
    assert store.cached(runs.cache_key(dedupe, WRONG, counting)) is None
    store.cache(runs.cache_key(dedupe, WRONG, as_checked), Evaluation(verdict=Verdict.PASS, detail=PLANTED))
    assert evaluate(dedupe, WRONG, check).detail == PLANTED  # served from the cache, not checked again


def test_a_task_without_samples_counts_as_no_code(store: Store, config: runs.RunConfig,
                                                   local_executor: LocalExecutor) -> None:
    """pass@k must count a task the samples file left out as a failure, not drop it."""
    cfg = config.model_copy(update={"task_ids": ["dedupe", "kth_smallest", "merge_intervals"]})
    for ref in find_task("merge_intervals").references:
        store.add_reference(find_task("merge_intervals").content_hash, ref.tier, cfg.fingerprint, cfg.counter,
                            Evaluation(verdict=Verdict.PASS, detail=PLANTED))
    run_id = start(store, cfg)
    runs.execute(store, run_id, cfg, local_executor)
    missing = [e for e in store.evaluations(run_id) if e.task_id == "merge_intervals"]
    assert [(e.index, e.evaluation.verdict, e.evaluation.detail) for e in missing] == [
        (0, Verdict.NO_CODE, "no sample was provided for this task")]
    assert verdicts(store, run_id) == {**VERDICTS, ("merge_intervals", 0): Verdict.NO_CODE}


def test_a_sample_without_code_keeps_its_verdict(store: Store, config: runs.RunConfig,
                                                 local_executor: LocalExecutor) -> None:
    run_id = start(store, config)
    """A reply that held no code is final (a failed generation, by contrast, is asked for again on resume)."""
    store.add_sample(run_id, Sample(task_id="dedupe", index=1, code=None, verdict=Verdict.NO_CODE,
                                    detail="the reply has no code block"))
    runs.execute(store, run_id, config, local_executor)
    stored = next(e.evaluation for e in store.evaluations(run_id) if (e.task_id, e.index) == ("dedupe", 1))
    assert (stored.verdict, stored.detail) == (Verdict.NO_CODE, "the reply has no code block")


class Broken(runs.Progress):
    """A progress display that fails: a bug in the harness, not in a candidate."""

    def advance(self, what: str, detail: str = "") -> None:
        if what == "samples":
            raise RuntimeError("progress display bug")


def test_a_harness_bug_stops_the_run_instead_of_completing_it(store: Store, config: runs.RunConfig,
                                                               local_executor: LocalExecutor) -> None:
    run_id = start(store, config)
    with pytest.raises(RuntimeError, match="progress display bug"):
        runs.execute(store, run_id, config, local_executor, Broken())
    assert store.run(run_id).status == "running"


def test_a_sample_detail_is_cut_to_500_characters(store: Store, config: runs.RunConfig,
                                                  local_executor: LocalExecutor) -> None:
    run_id = start(store, config)
    store.add_sample(run_id, Sample(task_id="dedupe", index=1, code=None, verdict=Verdict.NO_CODE, detail="x" * 900))
    runs.execute(store, run_id, config, local_executor)
    stored = next(e.evaluation for e in store.evaluations(run_id) if (e.task_id, e.index) == ("dedupe", 1))
    assert stored.detail == "x" * 500


class Holding:
    """The real executor, counting the jobs it starts and holding each until the run is interrupted."""

    def __init__(self, inner: LocalExecutor) -> None:
        self.inner = inner
        self.running = threading.Semaphore(0)
        self.interrupted = threading.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def run(self, job):
        self.running.release()
        self.interrupted.wait(60)
        return self.inner.run(job)


def test_an_interrupted_run_finishes_the_evaluations_under_way_and_drops_the_queued(
        store: Store, config: runs.RunConfig, local_executor: LocalExecutor) -> None:
    """Ctrl-C with every worker's sample in the sandbox and more samples queued: the run stops once the
    running samples' verdicts are stored, and never starts the queued ones."""
    executor = Holding(local_executor)

    def factory(spec, options, context):
        model = make_model(spec, options, context)
        real = model.generate

        def generate(requests: Iterable[SampleRequest]) -> Iterator[Sample]:
            yield from real(requests)
            for _ in range(config.workers):
                assert executor.running.acquire(timeout=60), "the workers never started"
            executor.interrupted.set()
            raise KeyboardInterrupt
        model.generate = generate
        return model

    run_id = start(store, config)
    with pytest.raises(KeyboardInterrupt):
        runs.execute(store, run_id, config, executor, model_factory=factory)
    assert len(store.samples(run_id)) == len(SAMPLES) > config.workers
    evaluated = store.evaluated(run_id)
    assert len(evaluated) == config.workers
    assert verdicts(store, run_id) == {key: VERDICTS[key] for key in evaluated}


# -- a model behind a server: failed generations, asked for again a bounded number of times -------------

WRONG_REPLY = f"```python\n{WRONG}```\n"
REFUSALS = {
    "401": lambda body: Reply(status=401, message="Incorrect API key provided"),
    "garbage": lambda body: Reply(body=b"<html>this is no JSON</html>"),
}


@pytest.fixture
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(responder=lambda body, index: WRONG_REPLY) as srv:
        yield srv


@pytest.fixture
def on_server(server: FakeOpenAIServer, store: Store, local_executor: LocalExecutor, tmp_path: Path) -> runs.RunConfig:
    """Two samples of ``dedupe`` from the scripted server, one request each, no retries."""
    models = tmp_path / "models.toml"
    models.write_text("")  # not the user's own config file
    options = ModelOptions(base_url=server.url, api_key=SecretStr("sk-test"), config_path=str(models), timeout=10,
                           max_retries=0, choices_per_call=1)
    return pinned(store, local_executor, model="openai:m", model_options=options, task_ids=["dedupe"], n=2)


def details(store: Store, run_id: str) -> list[str]:
    return [e.evaluation.detail for e in sorted(store.evaluations(run_id), key=lambda e: e.index)]


@pytest.mark.parametrize("refusal", REFUSALS)
def test_a_run_whose_every_request_fails_is_failed_until_a_resume_succeeds(
        refusal: str, server: FakeOpenAIServer, store: Store, on_server: runs.RunConfig,
        local_executor: LocalExecutor) -> None:
    server.rule = REFUSALS[refusal]
    run_id = start(store, on_server)
    with pytest.raises(runs.GenerationFailed, match=rf"every request for openai:m failed \(.+\): fix the cause, "
                                                    rf"then continue with --resume {run_id}$"):
        runs.execute(store, run_id, on_server, local_executor)
    assert store.run(run_id).status == "failed"
    assert verdicts(store, run_id) == {("dedupe", 0): Verdict.GENERATION_ERROR, ("dedupe", 1): Verdict.GENERATION_ERROR}
    assert not any(d.startswith("final") for d in details(store, run_id))

    server.rule = None
    sent = len(server.requests)
    runs.execute(store, run_id, on_server, local_executor)
    assert len(server.requests) - sent == 2  # both failed samples asked for again
    assert store.run(run_id).status == "complete"
    assert verdicts(store, run_id) == {("dedupe", 0): Verdict.FAIL, ("dedupe", 1): Verdict.FAIL}


def test_a_run_with_one_sample_generated_is_complete(server: FakeOpenAIServer, store: Store,
                                                     on_server: runs.RunConfig, local_executor: LocalExecutor) -> None:
    server.push(REFUSALS["401"]({}))  # one of the two requests is refused, the other answered
    run_id = start(store, on_server)
    runs.execute(store, run_id, on_server, local_executor)
    assert store.run(run_id).status == "complete"
    assert sorted(verdicts(store, run_id).values()) == sorted([Verdict.FAIL, Verdict.GENERATION_ERROR])


def test_a_failed_generation_is_asked_for_three_times_then_final(server: FakeOpenAIServer, store: Store,
                                                                on_server: runs.RunConfig,
                                                                local_executor: LocalExecutor) -> None:
    """The first run and two resumes ask again; the third failure is final, says so, and is never asked for again."""
    server.rule = REFUSALS["401"]
    run_id = start(store, on_server)
    sent, messages = [], []
    for _ in range(runs.MAX_GENERATION_ATTEMPTS + 1):
        with pytest.raises(runs.GenerationFailed) as failed:
            runs.execute(store, run_id, on_server, local_executor)
        sent.append(len(server.requests))
        messages.append(str(failed.value))
        assert store.run(run_id).status == "failed"
    assert sent == [2, 4, 6, 6]
    assert ["--resume" in m for m in messages] == [True, True, False, False]
    assert messages[-1].endswith("on 3 attempts: the errors are final; once the cause is fixed, start a new run")
    assert details(store, run_id) == ["final after 3 attempts (no resume asks again): "
                                      "HTTP 401: Incorrect API key provided"] * 2
    assert all(s.attempts == 3 for s in store.samples(run_id).values())


def test_an_unusable_server_is_refused_before_the_run(server: FakeOpenAIServer, store: Store,
                                                      on_server: runs.RunConfig) -> None:
    server.models = {"another-model"}
    with pytest.raises(ModelSpecError, match="openai:m at .* is unusable"):
        runs.check_model(store, on_server)
    assert len(server.requests) == 1 and store.runs() == []
