"""The ``ergon`` command line.

Every expected failure (bad spec, bad file, unknown id, unavailable backend) ends in one line
on stderr naming the problem and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import click
import pydantic
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from harness import run as runs
from harness.executors import LOCAL_WARNING, ExecutorUnavailable, make_executor, resolve_name, trusted_model
from harness.models import ModelSpecError
from harness.registry import SuiteError, UnknownSuite, UnknownTask, find_task, load_suite, suite_names
from harness.store import Store, StoreError
from leaderboards.publish import publish
from leaderboards.render import FORMATS
from sandboxes.counters import BACKENDS, CounterUnavailable
from sandboxes.local import LocalExecutor
from tasks.pymodule import TaskDefinitionError

DEFAULT_OUT = Path("ergon-out")
DEFAULT_MODELS = ("reference:slowest", "reference:fastest")
console = Console(stderr=True)
out = Console()


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the errors a user can cause into one clear line and exit status 2."""
    try:
        yield
    except (ModelSpecError, UnknownSuite, UnknownTask, SuiteError, StoreError, CounterUnavailable,
            ExecutorUnavailable, TaskDefinitionError) as exc:
        raise click.ClickException(str(exc)) from None
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        raise click.ClickException(f"invalid {'.'.join(map(str, first['loc']))}: {first['msg']}") from None
    except KeyError as exc:
        raise click.ClickException(str(exc.args[0]) if exc.args else "unknown key") from None


def store_at(out_dir: Path) -> Store:
    return Store(out_dir / "ergon.sqlite")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="ergon")
def main() -> None:
    """Ergon measures how efficient (LLM-written) code is.

    \b
    Quick start:
      ergon run                                   # references of the built-in suite, then a leaderboard
      ergon run --model samples:my_samples.jsonl  # your samples (evalplus format)
      ergon leaderboard --format md
      ergon doctor                                # what can measure here, and why not
    """


# tasks ----------------------------------------------------------------------------------
@main.group()
def tasks() -> None:
    """Browse the registered suites and tasks."""


@tasks.command("list")
@click.option("--suite", "-s", help="Only this suite (default: all).")
@click.option("--tag", "-t", "tags", multiple=True, help="Only tasks carrying this tag (repeatable).")
def tasks_list(suite: str | None, tags: tuple[str, ...]) -> None:
    """Table of tasks: id, suite, tags, tiers."""
    with user_errors():
        names = [suite] if suite else suite_names()
        table = Table("task", "suite", "lang", "tiers (slowest → fastest)", "tags")
        count = 0
        for name in names:
            for t in load_suite(name):
                if all(tag in t.tags for tag in tags):
                    table.add_row(t.id, t.suite, t.language, " → ".join(t.tiers), ", ".join(t.tags))
                    count += 1
    out.print(table)
    out.print(f"{count} task(s)")


@tasks.command("show")
@click.argument("task_id")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Results directory whose reference measurements to show.")
def tasks_show(task_id: str, out_dir: Path) -> None:
    """Prompt, entry point and reference tiers (with instruction counts once measured)."""
    with user_errors():
        task = find_task(task_id)
        db = out_dir / "ergon.sqlite"
        measured = {}
        if db.exists():
            store = store_at(out_dir)
            for info in reversed(store.runs()):
                c, fp = info.config.get("counter"), info.config.get("fingerprint")
                if c and fp:
                    measured = {tier: ev for (h, tier), ev in store.references_for(fp, c).items() if h == task.content_hash}
                    if measured:
                        break
    out.print(f"[bold]{task.id}[/bold]  suite={task.suite} version={task.version} hash={task.content_hash} "
              f"kinds={','.join(task.kinds)} language={task.language}")
    out.print(f"entry point: {task.entry_point}   tests: {len(task.tests)}   tags: {', '.join(task.tags)}")
    out.print("\n[bold]Prompt[/bold]\n" + task.prompt)
    table = Table("tier", "instructions", "ratio to next")
    counts = [measured[r.tier].measurement.instructions if r.tier in measured and measured[r.tier].measurement else None
              for r in task.references]
    for i, ref in enumerate(task.references):
        nxt = counts[i + 1] if i + 1 < len(counts) else None
        ratio = f"{counts[i] / nxt:.2f}×" if counts[i] and nxt else ""
        table.add_row(ref.tier, f"{counts[i]:,}" if counts[i] else "not measured (run `ergon run`)", ratio)
    out.print(table)


# run ------------------------------------------------------------------------------------
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


@main.command()
@click.option("--suite", "-s", default="builtin", show_default=True, help="Suite to evaluate.")
@click.option("--model", "-m", "models", multiple=True,
              help="Model spec, repeatable: reference:TIER (slowest, fastest or a tier name), samples:PATH.jsonl "
                   "(rows {task_id, solution}), openai:NAME. Default: reference:slowest and reference:fastest.")
@click.option("-n", "n", default=1, show_default=True, help="Samples per task (endpoint models).")
@click.option("--kind", type=click.Choice(["generate", "edit"]), default="generate", show_default=True,
              help="Pose tasks as generate-from-description or edit-the-slow-program.")
@click.option("--task", "task_ids", multiple=True, help="Only these task ids (repeatable).")
@click.option("--executor", "-e", type=click.Choice(["auto", "local", "docker"]), default="auto", show_default=True,
              help="Where candidates run: docker when an engine is reachable (auto), else local (a bubblewrap "
                   "sandbox per job).")
@click.option("--allow-unsandboxed", is_flag=True,
              help="Local executor without bubblewrap: run model-written code as plain host processes anyway "
                   "(no isolation; reference solutions never need this).")
@click.option("--warm-pool", is_flag=True,
              help="Docker: reuse one container per worker (fresh process and scratch per job) — faster, "
                   "slightly weaker isolation than the default fresh container per job.")
@click.option("--counter", type=click.Choice(sorted(BACKENDS)), default=None,
              help="Instruction counter; default: hardware counters if usable, else callgrind.")
@click.option("--timing-repeats", default=5, show_default=True, help="Wall-time repetitions of the performance call.")
@click.option("--workers", "-j", type=int, default=None, help="Parallel evaluations (default: CPU count).")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Results directory (SQLite store, response cache).")
@click.option("--resume", "resume_id", help="Continue an interrupted run by its id (other options are taken from it).")
@click.option("--base-url", help="OpenAI-compatible server URL (openai: models).")
@click.option("--api-key", help="API key (default: the named endpoint's, else ERGON_API_KEY or OPENAI_API_KEY).")
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
@click.option("--no-cache", is_flag=True, help="Do not reuse cached model responses.")
def run(suite: str, models: tuple[str, ...], n: int, kind: str, task_ids: tuple[str, ...], executor: str,
        allow_unsandboxed: bool, warm_pool: bool, counter: str | None, timing_repeats: int, workers: int | None, out_dir: Path, resume_id: str | None,
        base_url: str | None, api_key: str | None, endpoint: str | None, temperature: float | None,
        max_tokens: int | None, prompt_template: str | None, system_prompt: str | None, api: str | None,
        concurrency: int | None, request_timeout: float | None, no_cache: bool) -> None:
    """Evaluate models on a suite, then print the leaderboard.

    Each sample is checked for correctness, then its instruction count is measured on the
    performance input (region of interest only), next to the suite's reference tiers measured
    in the same sandbox.  Results go to OUT/ergon.sqlite; interrupt at any time and continue
    with --resume RUN_ID.
    """
    with user_errors():
        store = store_at(out_dir)
        if resume_id:
            info = store.run(resume_id)
            plans = [(resume_id, runs.RunConfig.model_validate(info.config))]
        else:
            options = {k: v for k, v in {"base_url": base_url, "api_key": api_key, "endpoint": endpoint,
                                         "temperature": temperature, "max_tokens": max_tokens,
                                         "prompt": prompt_template, "system_prompt": system_prompt, "api": api,
                                         "concurrency": concurrency, "timeout": request_timeout,
                                         "no_cache": no_cache or None}.items() if v is not None}
            base = runs.RunConfig(suite=suite, n=n, kind=kind, task_ids=list(task_ids) or None,
                                  executor=resolve_name(executor), warm_pool=warm_pool, counter=counter,
                                  timing_repeats=timing_repeats,
                                  model_options=options, **({"workers": workers} if workers else {}))
            plans = [(None, base.model_copy(update={"model": m})) for m in (models or DEFAULT_MODELS)]
            for _, config in plans:  # fail before storing anything on a bad suite, task id or model
                runs.check_model(store, config)
        executors = {}
        untrusted = not all(trusted_model(config.model) for _, config in plans)
        try:
            for run_id, config in plans:
                first_use = config.executor not in executors
                if first_use:
                    executors[config.executor] = make_executor(
                        config.executor, workers=config.workers, warm=config.warm_pool,
                        perf_counters=config.counter == "perf", untrusted=untrusted,
                        allow_unsandboxed=allow_unsandboxed, log=lambda msg: console.print(f"  {msg}"))
                ex = executors[config.executor]
                if run_id is None:
                    config = runs.resolve_counter(config, ex)
                    run_id = store.create_run(config.model, config.suite, config.model_dump(mode="json"))
                if first_use and isinstance(ex, LocalExecutor) and not ex.sandboxed:
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
        finally:
            for ex in executors.values():
                ex.close()
        text = publish(store, plans[0][1].suite, "md")
    click.echo(text, nl=False)


# results --------------------------------------------------------------------------------
@main.command("leaderboard")
@click.option("--suite", "-s", default=None, help="Only this suite.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="md", show_default=True)
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None, help="Write to a file instead of stdout.")
def leaderboard_cmd(suite: str | None, fmt: str, out_dir: Path, output: Path | None) -> None:
    """The latest run of every model: pass@1, DPS, DPS_norm, speedup, efficient@1 (95% bootstrap CIs), cost."""
    with user_errors():
        if not (out_dir / "ergon.sqlite").exists():
            raise StoreError(f"no results in {out_dir} (run `ergon run` first)")
        store = store_at(out_dir)
        if suite is not None and not store.runs(suite):
            raise StoreError(f"no runs of suite {suite!r} in {out_dir} (suites with runs: "
                             f"{', '.join(sorted({r.suite for r in store.runs()})) or 'none'})")
        text = publish(store, suite, fmt)
    if output:
        output.write_text(text)
        console.print(f"wrote {output}")
    else:
        click.echo(text, nl=False)


@main.command("runs")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True)
def runs_cmd(out_dir: Path) -> None:
    """List stored runs."""
    with user_errors():
        table = Table("run", "model", "suite", "status", "samples")
        store = store_at(out_dir)
        for info in store.runs():
            table.add_row(info.run_id, info.model, info.suite, info.status, str(len(store.evaluated(info.run_id))))
    out.print(table)


@main.command("export")
@click.argument("run_id")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True)
def export_cmd(run_id: str, out_dir: Path) -> None:
    """Write a run's samples and evaluations as JSONL to stdout."""
    with user_errors():
        for line in store_at(out_dir).export_jsonl(run_id):
            click.echo(line)


@main.command()
@click.option("--executor", "-e", type=click.Choice(["local", "docker"]), default="local", show_default=True)
def doctor(executor: str) -> None:
    """Which executors and measurement backends work here, and why not."""
    from harness.doctor import report

    with user_errors():
        table, ok = report(executor)
    out.print(table)
    if not ok:
        sys.exit(1)


def _attach_optional_groups() -> None:
    """Command groups that live next to the subsystem they drive."""
    from harness.cli_sandbox import sandbox
    from harness.endpoints.cli import models_group

    main.add_command(sandbox)

    main.add_command(models_group, "models")


_attach_optional_groups()
