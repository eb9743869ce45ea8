"""``ergon trace`` and ``ergon optimize``, registered through the ``ergon.commands`` group.

Importing this module registers the ``optimize`` agent too, so that ``--agent optimize`` works
wherever the command does.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.table import Table

from agents import feedback, optimize  # noqa: F401  (optimize registers the optimize agent)
from pydantic import SecretStr

from harness.cli._common import commands, console, out, out_option, store_at, user_errors
from harness.cli.run import parse_budget
from harness.providers import ModelOptions, Step
from harness.store import StoreError

if TYPE_CHECKING:
    from agents.own_run import Agreement, BenchInput


def diff_summary(step: Step) -> str:
    """``+a −r`` lines against the parent (the whole program for a draft)."""
    lines = step.diff.splitlines()[2:]  # past the ---/+++ header
    added = sum(1 for line in lines if line.startswith("+"))
    removed = sum(1 for line in lines if line.startswith("-"))
    return f"+{added} −{removed}" if step.code is not None else "no code"


def _count(n: int | None) -> str:
    return f"{n:,}" if n is not None else "–"


def _ms(seconds: float | None) -> str:
    return f"{seconds * 1e3:.3f}" if seconds is not None else "–"


def bench_table(rows: list[BenchInput]) -> Table:
    """``--bench``: the original and the result on each of the user's inputs."""
    table = Table(title="original vs optimized, on your inputs")
    for column in ("input", "instructions (original)", "instructions (optimized)", "speedup",
                   "wall ms (original)", "wall ms (optimized)"):
        table.add_column(column, justify="left" if column == "input" else "right")
    for r in rows:
        speedup = f"{r.before / r.after:.2f}×" if r.before and r.after else "–"
        table.add_row(r.label, _count(r.before), _count(r.after), speedup, _ms(r.wall_before_s), _ms(r.wall_after_s))
    return table


def bench_agreement(rows: list[Agreement]) -> Table:
    """``--bench``: the equivalence evidence, per kind of input."""
    table = Table(title="equivalence: the optimized version's outputs vs the original's")
    for column in ("inputs", "compared", "agreed"):
        table.add_column(column, justify="left" if column == "inputs" else "right")
    for a in rows:
        table.add_row(a.kind, str(a.compared), str(a.agreed))
    return table


@commands.register("trace")
@click.command("trace")
@click.argument("run_id")
@click.argument("task_id")
@out_option
@click.option("--diffs", is_flag=True, help="Print each step's unified diff after the table, and its most executed "
                                           "lines where the agent profiled it per line.")
def trace_cmd(run_id: str, task_id: str, out_dir: Path, diffs: bool) -> None:
    """An agent's trajectory on one task: each step's parent, diff, verdict, count and tokens.

    Verdicts and counts are those the agent saw (visible tests, profiling input); the final
    candidate's score is on the leaderboard (`ergon export RUN_ID`).
    """
    with user_errors():
        store = store_at(out_dir)
        info = store.run(run_id)
        found = store.trajectories(run_id, task_id)
        if not found:
            raise StoreError(f"run {run_id} ({info.model}) has no agent trajectory for task {task_id!r}")
    for (_, index), trajectory in found.items():
        wall = f"; {trajectory.wall_s:.1f} s" if trajectory.wall_s is not None else ""
        out.print(f"{info.model} · {task_id} · sample {index}: stopped ({trajectory.stop_reason}); "
                  f"final: step {trajectory.final or '–'}{wall}", soft_wrap=True, highlight=False, markup=False)
        table = Table()
        for column in ("step", "parent", "kind", "diff", "verdict", "instructions", "tokens (in+out)", "detail"):
            table.add_column(column, justify="right" if column in ("instructions", "tokens (in+out)") else "left")
        for step in trajectory.steps:
            mark = " ★" if step.step == trajectory.final else ""
            table.add_row(step.step + mark, step.parent or "–", step.kind, diff_summary(step), step.verdict,
                          f"{step.instructions:,}" if step.instructions is not None else "–",
                          f"{step.prompt_tokens}+{step.completion_tokens}", step.detail[:80])
        out.print(table)
        if diffs:
            for step in trajectory.steps:
                out.print(f"[bold]step {step.step}[/bold]", highlight=False, soft_wrap=True)
                out.print(step.diff, markup=False, highlight=False, soft_wrap=True)
                for line in feedback.hot_lines(step.code, step.lines):
                    out.print(line, markup=False, highlight=False, soft_wrap=True)


@commands.register("optimize")
@click.command("optimize")
@click.argument("target", metavar="PATH.py::FUNCTION")
@click.option("--input", "inputs", multiple=True, required=True,
              help="A Python expression for one call's arguments (a tuple is several), repeatable; the first is the "
                   "workload the agent profiles and the counts compare.")
@click.option("--model", "-m", "model", required=True, help="The model to converse with, e.g. openai:NAME.")
@click.option("--budget", "budget_text", default=None,
              help="iterations (default 4), tokens, width, patience, as for `ergon run --agent`.")
@click.option("--write", is_flag=True, help="Replace the function in the file, only if the result is correct and faster.")
@click.option("--bench", "with_bench", is_flag=True,
              help="Then compare the original and the result: instructions and wall time on each of your inputs, "
                   "and how many inputs of each kind (yours, drawn and shown, drawn and held out) agreed.")
@click.option("--executor", "-e", type=click.Choice(["auto", "local", "docker"]), default="auto", show_default=True,
              help="Where the original and the candidates run.")
@click.option("--allow-unsandboxed", is_flag=True, help="Local executor without bubblewrap: run candidates unisolated.")
@click.option("--base-url", help="OpenAI-compatible server URL.")
@click.option("--api-key", help="API key (default: ERGON_API_KEY or OPENAI_API_KEY).")
@click.option("--endpoint", help="Named endpoint from the models config file.")
@click.option("--temperature", type=float, default=None)
@click.option("--max-tokens", type=int, default=None)
@out_option
def optimize_cmd(target: str, inputs: tuple[str, ...], model: str, budget_text: str | None, write: bool,
                 with_bench: bool, executor: str,
                 allow_unsandboxed: bool, base_url: str | None, api_key: str | None, endpoint: str | None,
                 temperature: float | None, max_tokens: int | None, out_dir: Path) -> None:
    """Make one of your own functions faster, with evidence that it still does the same thing.

    \b
    ergon optimize lib/stats.py::pairwise_gcd --input '([12, 18, 27] * 50,)' --model openai:NAME

    The function must be self-contained (parameters, locals and imports only) and deterministic;
    otherwise it is refused. The original's outputs on your inputs and on inputs drawn from its
    type hints are the expected values; the optimize agent sees a quarter of the drawn ones, the
    rest are held out for the final check. Prints the diff, the instruction counts before and
    after on your first input, and how many inputs agreed. Writes the file only with --write.
    """
    from agents.own_run import optimize_function

    with user_errors():
        report = optimize_function(target, inputs, model, parse_budget(budget_text), executor, allow_unsandboxed,
                                   ModelOptions(base_url=base_url, api_key=SecretStr(api_key) if api_key else None,
                                                endpoint=endpoint, temperature=temperature, max_tokens=max_tokens),
                                   out_dir, log=lambda msg: console.print(f"  {msg}"), with_bench=with_bench)
    out.print(report.diff or "(no change)", markup=False, highlight=False, soft_wrap=True)
    after = f"{report.after:,} (speedup {report.before / report.after:.2f}×)" if report.after else "–"
    out.print(f"instructions on input 0: {report.before:,} → {after}", highlight=False, soft_wrap=True)
    out.print(f"equivalence: {report.agreed} of {report.checked} inputs agreed with the original "
              f"({report.shown} shown to the agent, {report.held_out} held out, {report.yours} yours); "
              f"agent stopped: {report.stop_reason}", highlight=False, soft_wrap=True)
    if report.bench is not None:
        out.print(bench_table(report.bench), bench_agreement(report.agreement or []))
    if report.problem:
        console.print(f"[yellow]not applied:[/yellow] {report.problem}")
    if write:
        if report.problem:
            raise click.ClickException(f"--write: {target} left unchanged ({report.problem})")
        report.path.write_text(report.rewritten, encoding="utf-8")
        console.print(f"wrote {report.path}")
