"""``ergon scaling``, registered through the ``ergon.commands`` group.

Importing this module registers the strategies as agents too (``MODEL+best-of@N`` …).
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any, Sequence

import click
from pydantic import SecretStr
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from agents.scaling import agent  # noqa: F401  (registers the strategies)
from agents.scaling.agent import check_tasks, params_of, tools_for
from agents.scaling.compute import of_pool
from agents.scaling.optimal import Allocation, allocate, difficulty
from agents.scaling.sweep import OPTIMAL, STRATEGIES, Point, TaskResult, parse_strategies, sweep_pooled, sweep_refine
from harness import run as runs
from harness.cli._common import commands, console, out, out_option, store_at, user_errors
from harness.executors import make_executor, resolve_name
from harness.providers import ModelOptions, ModelSpecError, make_model
from tasks.results import Verdict
from tasks.schema import Task

X_AXES = ("budget_c", "tokens", "usd", "flops", "eflops", "request_s")


def parse_budgets(text: str) -> list[int]:
    try:
        budgets = sorted({int(b) for b in text.split(",") if b.strip()})
    except ValueError:
        budgets = []
    if not budgets or budgets[0] < 1:
        raise ModelSpecError(f"--budgets {text!r}: give whole numbers ≥ 1, e.g. 1,2,4,8")
    return budgets


def _num(value: float | None, fmt: str) -> str:
    return "–" if value is None else format(value, fmt)


def table(points: Sequence[Point]) -> Table:
    t = Table(title="score vs compute (mean over tasks, 95% bootstrap interval); serving: request-seconds per task, "
                    "mean seconds and time to first token per request, output tokens/s")
    for col in ("strategy", "budget", "pass", "eff", "C = S(1+λV)", "tokens", "$", "FLOPs", "eFLOPs", "req·s", "s/req",
                "TTFT s", "tok/s"):
        t.add_column(col, justify="left" if col == "strategy" else "right", no_wrap=col in ("strategy", "pass", "eff"))
    for p in points:
        c = p.compute
        t.add_row(p.strategy, str(p.budget),
                  f"{p.score['pass']:.3f} [{p.interval['pass'][0]:.2f}, {p.interval['pass'][1]:.2f}]",
                  f"{p.score['eff']:.3f} [{p.interval['eff'][0]:.2f}, {p.interval['eff'][1]:.2f}]",
                  _num(c["budget_c"], ".2f"), _num(c["tokens"], ",.0f"), _num(c["usd"], ".5f"), _num(c["flops"], ".3g"),
                  _num(c["eflops"], ".3g"), _num(c.get("request_s"), ".2f"), _num(c.get("latency_s"), ".3f"),
                  _num(c.get("ttft_s"), ".3f"), _num(c.get("tokens_per_s"), ",.0f"))
    return t


def plot(points: Sequence[Point], x: str, path: Path) -> None:
    """One line per strategy, score against compute (log₂ axis, as Singhi et al. plot it), with intervals."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(10, 4))
    for ax, metric in zip(axes, ("pass", "eff")):
        for name in dict.fromkeys(p.strategy for p in points):
            line = [p for p in points if p.strategy == name and p.compute[x] is not None]
            if not line:
                continue
            xs = [p.compute[x] for p in line]
            ys = [p.score[metric] for p in line]
            err = [[y - p.interval[metric][0] for y, p in zip(ys, line)], [p.interval[metric][1] - y for y, p in zip(ys, line)]]
            ax.errorbar(xs, ys, yerr=err, marker="o", capsize=3, label=name)
        ax.set_xscale("log", base=2)
        ax.set_xlabel(x)
        ax.set_ylabel(metric)
        ax.legend()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def describe(a: Allocation) -> str:
    choices = "; ".join(f"budget {k}: " + ", ".join(f"bin {b}→{s}" for b, s in bins.items()) for k, bins in a.choice.items())
    return (f"optimal: calibrated on {', '.join(a.calibration)}; evaluated on {', '.join(a.evaluation)}; "
            f"difficulty bin edges {a.edges}; {choices}")


def record(results: Sequence[TaskResult], points: Sequence[Point], meta: dict[str, Any], params: float | None,
           verifications: int) -> dict[str, Any]:
    """What the sweep stores: its points, and every candidate's visible facts, scores and compute."""
    tasks = []
    for r in results:
        tasks.append({"task_id": r.task_id, "compute": of_pool(r.pool, verifications, params).summary(), "candidates": [
            {"number": c.number, "visible_verdict": c.verdict, "profiling_instructions": c.instructions,
             "signature": c.signature, "verifications": c.verifications, "call": asdict(c.call),
             "verify_calls": [asdict(v) for v in c.verify_calls],
             **{f"score_{m}": r.scores[m][i] for m in r.scores}} for i, c in enumerate(r.pool.candidates)]})
    return {**meta, "points": [p.row() for p in points], "tasks": tasks}


@commands.register("scaling")
@click.command("scaling")
@click.option("--suite", "-s", default="builtin", show_default=True, help="Suite to sweep.")
@click.option("--model", "-m", required=True, help="A model Ergon can converse with, e.g. openai:NAME.")
@click.option("--strategies", default="best-of,self-consistency", show_default=True,
              help=f"Comma-separated, from: {', '.join(STRATEGIES)}.")
@click.option("--budgets", default="1,2,4,8", show_default=True,
              help="Candidates per task (refine: model steps). One pool of the largest is drawn; smaller budgets "
                   "are derived from it by unbiased subsampling.")
@click.option("--verifications", "-V", default=1, show_default=True, help="GenRM verifications per candidate (V).")
@click.option("--probe", default=4, show_default=True,
              help="optimal: candidates whose visible pass rate estimates a task's difficulty (the pool's first).")
@click.option("--task", "task_ids", multiple=True, help="Only these task ids (repeatable).")
@click.option("--executor", "-e", type=click.Choice(["auto", "local", "docker"]), default="auto", show_default=True)
@click.option("--seed", "input_seed", type=int, default=None, help="Seed of the suite's generated inputs.")
@click.option("--workers", "-j", type=int, default=None, help="Parallel evaluations.")
@click.option("--base-url", help="OpenAI-compatible server URL.")
@click.option("--api-key", help="API key (default: the endpoint's, else ERGON_API_KEY or OPENAI_API_KEY).")
@click.option("--endpoint", help="Named endpoint from the models config file.")
@click.option("--temperature", type=float, default=None, help="Sampling temperature.")
@click.option("--max-tokens", type=int, default=None, help="Completion token cap.")
@click.option("--stream", is_flag=True, default=False,
              help="Stream replies, so that each request's time to first token is measured too.")
@click.option("--plot", "plot_path", type=click.Path(path_type=Path), default=None,
              help="Write the curves here (PNG or SVG, by the suffix).")
@click.option("--x", "x_axis", type=click.Choice(X_AXES), default="budget_c", show_default=True,
              help="Compute axis of the plot: Singhi et al.'s C, tokens, dollars, FLOPs (2·P·T), Kinetics eFLOPs "
                   "or request-seconds (the requests' wall time).")
@out_option
def scaling_cmd(suite: str, model: str, strategies: str, budgets: str, verifications: int, probe: int, task_ids: tuple[str, ...],
                executor: str, input_seed: int | None, workers: int | None, base_url: str | None, api_key: str | None,
                endpoint: str | None, temperature: float | None, max_tokens: int | None, stream: bool, plot_path: Path | None,
                x_axis: str, out_dir: Path) -> None:
    """Score-vs-compute curves of test-time scaling strategies on a suite.

    best-of: of N samples, those passing the visible tests, the fewest instructions on the
    profiling input. self-consistency: the largest cluster of samples that behave alike on
    the visible-side inputs, its cheapest member. genrm: the model judges each sample V times
    (yes/no) from the visible tests; the highest mean wins. refine: the optimize agent with N
    steps. optimal: per difficulty bin (visible pass rate of --probe samples), the strategy best
    on a calibration half of the tasks, scored on the other half (Snell et al.). Every chosen candidate is scored on the hidden tests and the scored input, as a run
    scores a sample; the strategies never see those. Results go to OUT/scaling-*.json.
    """
    with user_errors():
        budget_list = parse_budgets(budgets)
        pooled, refine = parse_strategies(strategies, verifications)
        store = store_at(out_dir)
        options = ModelOptions(base_url=base_url, api_key=SecretStr(api_key) if api_key else None, endpoint=endpoint,
                               temperature=temperature, max_tokens=max_tokens, stream=stream or None)
        config = runs.RunConfig(suite=suite, model=model, task_ids=list(task_ids) or None,
                                executor=resolve_name(executor), timing_repeats=0, trace_memory=False,
                                input_seed=store.input_seed() if input_seed is None else input_seed,
                                model_options=options, **({"workers": workers} if workers else {}))
        tasks = runs.select_tasks(config)
        if not tasks:
            raise ModelSpecError(f"suite {suite!r} has no tasks to sweep")
        check_tasks(tasks, "scaling")
        wants_optimal = OPTIMAL in strategies.split(",")
        if wants_optimal and (len(tasks) < 2 or not pooled):
            raise ModelSpecError("optimal needs at least 2 tasks and a pooled strategy (best-of, self-consistency, "
                                 "genrm) to probe difficulty with")
        runs.check_model(store, config)
        ex = make_executor(config.executor, workers=config.workers, untrusted=True,
                           log=lambda msg: console.print(f"  {msg}"))
        try:
            config = runs.resolve_counter(config, ex)
            ctx = runs.context_for(config, ex, tasks)
            context = runs.model_context(store, config, tasks, ctx)
            inner = make_model(model, options, context)
            try:
                points, results = _sweep(store, config, ctx, context, inner, tasks, pooled, refine, budget_list)
            finally:
                inner.close()
        finally:
            ex.close()
        params = params_of(inner)
        allocation = None
        if wants_optimal:
            probe_n = max(1, min(probe, max(budget_list)))
            allocation = allocate(points, {r.task_id: difficulty(r.pool, probe_n) for r in results})
            points += allocation.points
    out.print(table(points))
    if allocation is not None:
        out.print(describe(allocation), soft_wrap=True, highlight=False, markup=False)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = out_dir / f"scaling-{stamp}.json"
    meta = {"suite": suite, "model": model, "input_seed": config.input_seed, "counter": config.counter,
            "budgets": budget_list, "strategies": strategies, "verifications": verifications, "tasks_used": [t.id for t in tasks]}
    if allocation is not None:
        meta["optimal"] = {"calibration": allocation.calibration, "evaluation": allocation.evaluation,
                           "bin_edges": allocation.edges, "choice": allocation.choice}
    path.write_text(json.dumps(record(results, points, meta, params, verifications), indent=1))
    console.print(f"stored: {path}")
    if plot_path is not None:
        plot(points, x_axis, plot_path)
        console.print(f"plot: {plot_path}")


def _sweep(store: Any, config: runs.RunConfig, ctx: Any, context: Any, inner: Any, tasks: list[Task], pooled: list[Any],
           refine: bool, budgets: list[int]) -> tuple[list[Point], list[TaskResult]]:
    def score(task: Task, code: str) -> Any:
        return runs.evaluate_cached(store, task, code, config, ctx)

    def fastest(task: Task) -> int | None:
        ev = score(task, task.reference("fastest").code)
        return ev.measurement.instructions if ev.verdict == Verdict.PASS and ev.measurement else None

    params = params_of(inner)
    points: list[Point] = []
    results: list[TaskResult] = []
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        if pooled:
            job = bar.add_task(f"pools of {max(budgets)}", total=len(tasks))
            tools = tools_for(inner, context, "scaling")
            found, results = sweep_pooled(tasks, tools, pooled, budgets, score, fastest, params,
                                          lambda _: bar.advance(job))
            points += found
        if refine:
            job = bar.add_task("refine trajectories", total=len(tasks) * len(budgets))
            points += sweep_refine(tasks, inner, context, budgets, score, fastest, params, lambda _: bar.advance(job))
    return points, results
