"""``ergon run``: evaluate models on a suite, then print the leaderboard."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from pydantic import SecretStr
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from harness import run as runs
from harness.cli._common import commands, console, out_option, store_at, user_errors
from harness.executors import (EXECUTOR_NAMES, LOCAL_WARNING, NODE_SANDBOXES, ExecutorUnavailable, make_executor,
                               resolve_name, trusted_model)
from harness.providers import ModelOptions, ModelSpecError, agent_spec
from sandboxes.counters import COUNTERS

DEFAULT_MODELS = ("reference:slowest", "reference:fastest")
DEFAULT_ITERATIONS = 4


def parse_budget(text: str | None) -> dict[str, float]:
    """``iterations=4,tokens=40000`` as a mapping; which keys mean something is the agent's to say."""
    budget: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in (text or "").split(","))):
        key, sep, value = part.partition("=")
        try:
            number = float(value)
        except ValueError:
            number = -1.0
        if not sep or not key.strip() or number < 0:
            raise ModelSpecError(f"--budget {text!r}: each part must be NAME=NUMBER (e.g. iterations=4,tokens=40000)")
        budget[key.strip()] = number
    return budget


class RichProgress(runs.Progress):
    def __init__(self, bar: Progress, label: str) -> None:
        self.bar, self.label, self.ids = bar, label, {}

    def start(self, what: str, total: int) -> None:
        if total:
            self.ids[what] = self.bar.add_task(f"{self.label} {what}", total=total)

    def advance(self, what: str, detail: str = "") -> None:
        if what in self.ids:
            self.bar.advance(self.ids[what])


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    TimeRemainingColumn(), console=console, transient=False)


@commands.register("run")
@click.command()
@click.option("--suite", "-s", default="builtin", show_default=True,
              help="Suite to evaluate (`ergon tasks list` names them; public benchmarks such as evalperf read a dataset).")
@click.option("--suite-source", default=None,
              help="A public benchmark suite's data: a Hugging Face hub name (default: the suite's own, where it has "
                   "one) or a local json/jsonl/parquet file or clone directory. Recorded with the run.")
@click.option("--model", "-m", "models", multiple=True,
              help="Model spec, repeatable: reference:TIER (slowest, fastest or a tier name), samples:PATH.jsonl "
                   "(rows {task_id, solution}), openai:NAME. Default: reference:slowest and reference:fastest.")
@click.option("-n", "n", default=1, show_default=True, help="Samples per task (endpoint models).")
@click.option("--kind", type=click.Choice(["generate", "edit"]), default="generate", show_default=True,
              help="Pose tasks as generate-from-description or edit-the-slow-program.")
@click.option("--task", "task_ids", multiple=True, help="Only these task ids (repeatable).")
@click.option("--executor", "-e", type=click.Choice(list(EXECUTOR_NAMES)), default="auto", show_default=True,
              help="Where candidates run: docker when an engine is reachable (auto), else local (a bubblewrap "
                   "sandbox per job); ray: on a Ray cluster's worker nodes, each job in the node's own sandbox.")
@click.option("--ray-address", default=None,
              help="Ray cluster for --executor ray (implies it): auto (the one this machine joined with `ray start`, "
                   "or $RAY_ADDRESS), HOST:PORT, ray://HOST:PORT, or local to start a cluster in this process. "
                   "Jobs run only on nodes of one environment fingerprint; the others are listed as kept apart.")
@click.option("--ray-sandbox", type=click.Choice(list(NODE_SANDBOXES)), default="local", show_default=True,
              help="What runs each job on a Ray worker node: its bubblewrap local executor or its Docker engine.")
@click.option("--allow-unsandboxed", is_flag=True,
              help="Local executor without bubblewrap: run model-written code as plain host processes anyway "
                   "(no isolation; reference solutions never need this).")
@click.option("--warm-pool", is_flag=True,
              help="Docker: reuse one container per worker (fresh process and scratch per job) — faster, "
                   "slightly weaker isolation than the default fresh container per job.")
@click.option("--counter", type=click.Choice(sorted(COUNTERS)), default=None,
              help="Instruction counter; default: the first that works of hardware counters (perf), qemu-host "
                   "(the interpreter under qemu-user: exact, faster than callgrind) and callgrind.")
@click.option("--seed", "input_seed", type=int, default=None,
              help="Seed of the generated inputs (hidden tests, scored input). Default: the results store's own, "
                   "drawn at random when it was created, so no candidate can know the inputs in advance.")
@click.option("--timing-repeats", default=5, show_default=True, help="Wall-time repetitions of the performance call.")
@click.option("--workers", "-j", type=int, default=None, help="Parallel evaluations (default: CPU count).")
@out_option
@click.option("--resume", "resume_id", help="Continue an interrupted run by its id (other options are taken from it).")
@click.option("--base-url", help="OpenAI-compatible server URL (openai: models).")
@click.option("--api-key", help="API key (default: the named endpoint's, else ERGON_API_KEY or OPENAI_API_KEY); "
                               "never stored, so give it again with --resume if it came from here.")
@click.option("--endpoint", help="Named endpoint from the models config file.")
@click.option("--temperature", type=float, default=None, help="Sampling temperature (openai: models).")
@click.option("--max-tokens", type=int, default=None, help="Completion token cap (openai: models).")
@click.option("--prompt", "prompt_template", default=None,
              help="Prompt template name or TOML path (openai: models; see `ergon models list`).")
@click.option("--system-prompt", default=None, help="Replace the template's system prompt (openai: models).")
@click.option("--api", type=click.Choice(["chat", "completion"]), default=None,
              help="Chat or completion API (openai: models; default: the endpoint's, else chat).")
@click.option("--concurrency", type=int, default=None, help="Most requests in flight (openai: models).")
@click.option("--request-timeout", type=float, default=None, help="Seconds per request attempt (openai: models).")
@click.option("--max-reply-chars", type=click.IntRange(min=1), default=None,
              help="Cut longer replies to this many characters, noted in the sample (openai: models; default 1000000).")
@click.option("--no-cache", is_flag=True, help="Do not reuse cached model responses.")
@click.option("--agent", "agent_name", default=None,
              help="Wrap each --model in an agent (e.g. optimize: draft, check on the visible tests, profile, propose "
                   "faster edits, keep the fastest correct one); its final candidate per task is scored like any "
                   "sample, as model MODEL+AGENT@ITERATIONS. See `ergon trace`.")
@click.option("--budget", "budget_text", default=None,
              help="Agent budget, NAME=NUMBER,...: iterations (model rounds, default 4), tokens, width (parallel "
                   "proposals per round), patience (rounds without improvement before stopping).")
@click.pass_context
def run(click_ctx: click.Context, suite: str, suite_source: str | None, models: tuple[str, ...], n: int, kind: str, task_ids: tuple[str, ...], executor: str,
        ray_address: str | None, ray_sandbox: str, allow_unsandboxed: bool, warm_pool: bool, counter: str | None, input_seed: int | None, timing_repeats: int,
        workers: int | None, out_dir: Path, resume_id: str | None,
        base_url: str | None, api_key: str | None, endpoint: str | None, temperature: float | None,
        max_tokens: int | None, prompt_template: str | None, system_prompt: str | None, api: str | None,
        concurrency: int | None, request_timeout: float | None, max_reply_chars: int | None, no_cache: bool,
        agent_name: str | None, budget_text: str | None) -> None:
    """Evaluate models on a suite, then print the leaderboard.

    Each sample is checked for correctness, then its instruction count is measured on the
    performance input (region of interest only), next to the suite's reference tiers measured
    in the same sandbox.  Results go to OUT/ergon.sqlite; interrupt at any time and continue
    with --resume RUN_ID.
    """
    with user_errors():
        if ray_address and executor == "auto":
            executor = "ray"
        if ray_address and executor != "ray":
            raise ExecutorUnavailable(f"--ray-address is for --executor ray, not {executor}")
        store = store_at(out_dir)
        if resume_id:
            info = store.run(resume_id)
            config = runs.RunConfig.model_validate(info.config)
            if ray_address:  # a cluster may come back at another address; the environment must be the same
                config = config.model_copy(update={"ray_address": ray_address})
            if api_key:  # the one option never stored
                config = config.model_copy(update={"model_options": config.model_options.model_copy(
                    update={"api_key": SecretStr(api_key)})})
            runs.check_model(store, config)  # a server still unusable fails here, not sample by sample
            store.claim(resume_id)  # refused while another live process runs it (before the run is marked crashed)
            plans = [(resume_id, config)]
        else:
            options = ModelOptions(base_url=base_url, api_key=SecretStr(api_key) if api_key else None, endpoint=endpoint,
                                   temperature=temperature, max_tokens=max_tokens, prompt=prompt_template,
                                   system_prompt=system_prompt, api=api, concurrency=concurrency,
                                   timeout=request_timeout, max_reply_chars=max_reply_chars, no_cache=no_cache)
            budget = parse_budget(budget_text)
            if budget and not agent_name:
                raise ModelSpecError("--budget applies to an agent: add --agent NAME")
            if agent_name:
                if not models:
                    raise ModelSpecError("--agent needs a --model to wrap (e.g. --model openai:NAME)")
                iterations = budget.pop("iterations", DEFAULT_ITERATIONS)
                if iterations != int(iterations) or iterations < 1:
                    raise ModelSpecError(f"--budget iterations={iterations:g}: must be a whole number ≥ 1")
                models = tuple(agent_spec(m, agent_name, int(iterations)) for m in models)
            base = runs.RunConfig(suite=suite, suite_source=suite_source, n=n, kind=kind, task_ids=list(task_ids) or None, budget=budget,
                                  executor=resolve_name(executor), warm_pool=warm_pool, counter=counter,
                                  ray_address=ray_address if executor == "ray" else None, ray_sandbox=ray_sandbox,
                                  timing_repeats=timing_repeats,
                                  input_seed=store.input_seed() if input_seed is None else input_seed,
                                  model_options=options, **({"workers": workers} if workers else {}))
            plans = [(None, base.model_copy(update={"model": m})) for m in (models or DEFAULT_MODELS)]
            for _, config in plans:  # fail before storing anything on a bad suite, task id or model
                runs.check_model(store, config)
        executors = {}
        failed = []
        untrusted = not all(trusted_model(config.model) for _, config in plans)
        try:
            for run_id, config in plans:
                first_use = config.executor not in executors
                if first_use:
                    executors[config.executor] = make_executor(
                        config.executor, workers=config.workers, warm=config.warm_pool,
                        perf_counters=config.counter == "perf", untrusted=untrusted,
                        allow_unsandboxed=allow_unsandboxed, ray_address=config.ray_address,
                        ray_sandbox=config.ray_sandbox, fingerprint=runs.executor_fingerprint(config),
                        log=lambda msg: console.print(f"  {msg}"))
                ex = executors[config.executor]
                if run_id is None:
                    if workers is None and hasattr(ex, "slots"):  # a cluster: as many evaluations as it runs at once
                        config = config.model_copy(update={"workers": ex.slots})
                    config = runs.resolve_counter(config, ex)
                    run_id = store.create_run(config.model, config.suite, config.model_dump(mode="json"))
                if first_use and ex.environment().details.get("sandbox", "").startswith("none"):  # local or ray nodes
                    console.print(f"[yellow]warning:[/yellow] {LOCAL_WARNING}")
                console.print(f"run [bold]{run_id}[/bold]: {config.model} on {config.suite} "
                              f"({config.executor}, counter={config.counter})")
                try:
                    with _progress() as bar:
                        runs.execute(store, run_id, config, ex, RichProgress(bar, config.model))
                except KeyboardInterrupt:
                    store.set_status(run_id, "interrupted")
                    console.print(f"[red]interrupted[/red] — resume with: ergon run --out {out_dir} --resume {run_id}")
                    sys.exit(130)
                except runs.GenerationFailed as exc:  # the run is stored as failed; the other models still run
                    failed.append(str(exc))
                except BaseException:
                    store.set_status(run_id, "crashed")
                    console.print(f"[red]crashed[/red] — after a fix, resume with: ergon run --out {out_dir} --resume {run_id}")
                    raise
        finally:
            for ex in executors.values():
                ex.close()
    leaderboard = commands.get("leaderboard") if "leaderboard" in commands.names() else None
    if leaderboard is not None:
        click_ctx.invoke(leaderboard, suite=plans[0][1].suite, fmt="md", out_dir=out_dir, protocol="ergon", output=None)
    if failed:
        raise click.ClickException(" / ".join(failed))
