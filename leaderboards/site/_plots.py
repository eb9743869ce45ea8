"""The site's figures, drawn with matplotlib into standalone SVG files.

Figures are built on :class:`matplotlib.figure.Figure` directly (no ``pyplot`` state, no GUI
backend), and saved with a fixed hash salt and no date so the same store gives the same files.
Every figure shows what it left out in its caption rather than dropping it silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import matplotlib
from matplotlib.figure import Figure

from leaderboards.compute import ModelRow
from metrics.aggregate import Estimate

matplotlib.rcParams["svg.hashsalt"] = "ergon"
matplotlib.rcParams["svg.fonttype"] = "none"  # text stays text: smaller files, selectable labels


@dataclass(frozen=True)
class View:
    """One way to draw a figure: a choice of axis, its file and caption."""

    label: str
    file: str
    caption: str


@dataclass(frozen=True)
class Plot:
    file: str
    title: str
    caption: str
    views: tuple[View, ...] = ()
    """Other axes the reader may switch to (the first is ``file`` itself); empty for a single view."""


COSTS: list[tuple[str, str, Callable[[ModelRow], float | None]]] = [
    ("usd", "$ per solved task", lambda r: r.cost_per_solved),
    ("eflops", "eFLOPs per solved task", lambda r: r.eflops_per_solved),
    ("tokens", "tokens per solved task", lambda r: r.tokens_per_solved),
]
"""Cost axes in order of preference: the first that some row has is used."""


def save(fig: Figure, path: Path) -> None:
    fig.savefig(path, format="svg", metadata={"Date": None}, bbox_inches="tight")


def _label(row: ModelRow) -> str:
    return row.model + (" (partial)" if row.partial else "")


def _err(e: Estimate, scale: float = 1.0) -> list[list[float]]:
    return [[max(0.0, (e.value - e.low) * scale)], [max(0.0, (e.high - e.value) * scale)]]


def _empty(fig: Figure, message: str) -> None:
    ax = fig.add_subplot()
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", wrap=True)


def pareto_front(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The points no other point beats on both axes (lower cost, higher efficiency), by cost."""
    front: list[tuple[float, float]] = []
    for x, y in sorted(points, key=lambda p: (p[0], -p[1])):
        if not front or y > front[-1][1]:
            front.append((x, y))
    return front


def pareto(rows: list[ModelRow], directory: Path, prefix: str) -> Plot:
    """DPS against generation cost per solved task, CIs as error bars, on every cost axis some run has.

    The first axis of :data:`COSTS` that some run has is shown first; the others are offered, so
    runs without a price (no $) can still be seen against their tokens.
    """
    title = "Efficiency vs generation cost"
    rows = [r for r in rows if r.kind == "generate" and r.dps is not None]
    axes = [(key, name, get) for key, name, get in COSTS if any(get(r) for r in rows)]
    if not axes:
        fig = Figure(figsize=(6.4, 4.2))
        _empty(fig, "no generation cost recorded for any model\n(samples files and references carry none)")
        save(fig, directory / f"{prefix}-pareto.svg")
        return Plot(f"{prefix}-pareto.svg", title, "No run recorded a generation cost or tokens, so there is no cost axis.")
    views = []
    for n, (key, name, get) in enumerate(axes):
        file = f"{prefix}-pareto.svg" if n == 0 else f"{prefix}-pareto-{key}.svg"
        caption = _pareto_on(rows, name, get, directory / file)
        missing = [r for r in rows if not get(r)]
        hints = [f"{other} shows {', '.join(_label(r) for r in missing if get_other(r))}"
                 for _, other, get_other in axes if other != name and any(get_other(r) for r in missing)]
        if hints:
            caption += f" Switch the x axis: {'; '.join(hints)}."
        views.append(View(name, file, caption))
    return Plot(views[0].file, title, views[0].caption, tuple(views) if len(views) > 1 else ())


def _pareto_on(rows: list[ModelRow], name: str, get: Callable[[ModelRow], float | None], path: Path) -> str:
    shown = [r for r in rows if get(r)]
    fig = Figure(figsize=(6.4, 4.2))
    ax = fig.add_subplot()
    for r in shown:
        ax.errorbar([get(r)], [r.dps.value], yerr=_err(r.dps), fmt="o", capsize=3, label=_label(r))  # type: ignore[union-attr]
    front = pareto_front([(get(r), r.dps.value) for r in shown])  # type: ignore[misc, union-attr]
    ax.step([x for x, _ in front], [y for _, y in front], where="post", color="grey", linestyle="--",
            label="Pareto front")
    ax.set_xscale("log")
    ax.set_xlabel(name + " (log)")
    ax.set_ylabel("DPS (95% CI)")
    ax.legend(fontsize="small")
    save(fig, path)
    missing = sorted(_label(r) for r in rows if not get(r))
    return ("Dashed: the Pareto front (no model is both cheaper and more efficient). "
            + (f"Not shown (no {name}): {', '.join(missing)}." if missing else ""))


def speedups(rows: list[ModelRow], path: Path) -> str:
    """Per-task speedup over the fastest reference, one column of points per model (log scale)."""
    rows = [r for r in rows if r.kind == "generate"]
    data = [(r, [t.speedup for t in r.tasks if t.speedup]) for r in rows]
    data = [(r, v) for r, v in data if v]
    fig = Figure(figsize=(6.4, 0.9 + 0.45 * max(1, len(data))))
    if not data:
        _empty(fig, "no task has a measured speedup")
        save(fig, path)
        return "No passing sample with a measured reference ladder."
    ax = fig.add_subplot()
    ax.boxplot([v for _, v in data], orientation="horizontal", widths=0.5, showfliers=False)
    for i, (_, values) in enumerate(data, start=1):
        ax.scatter(values, [i] * len(values), s=14, alpha=0.7, zorder=3)
    ax.set_yticks(range(1, len(data) + 1), [_label(r) for r, _ in data])
    ax.set_xscale("log")
    ax.axvline(1.0, color="grey", linestyle=":")
    ax.set_xlabel("speedup vs the fastest reference, per task (log; 1 = as fast)")
    save(fig, path)
    return "Each point is one task (geometric mean over its passing samples); boxes span the quartiles."


def pass_vs_dps(rows: list[ModelRow], path: Path) -> str:
    """pass@1 against DPS with both CIs as error bars."""
    rows = [r for r in rows if r.kind == "generate" and r.pass_at_1 is not None and r.dps is not None]
    fig = Figure(figsize=(6.4, 4.2))
    if not rows:
        _empty(fig, "no model has both pass@1 and DPS")
        save(fig, path)
        return "No model has both numbers."
    ax = fig.add_subplot()
    for r in rows:
        ax.errorbar([100 * r.pass_at_1.value], [r.dps.value], xerr=_err(r.pass_at_1, 100),  # type: ignore[union-attr]
                    yerr=_err(r.dps), fmt="o", capsize=3, label=_label(r))  # type: ignore[arg-type]
    ax.set_xlabel("pass@1 % (95% CI)")
    ax.set_ylabel("DPS (95% CI)")
    ax.set_xlim(-5, 105)
    ax.set_ylim(-5, 105)
    ax.legend(fontsize="small")
    save(fig, path)
    return "Correctness against efficiency of the correct samples; up and right is better."


FIGURES: list[tuple[str, str, Callable[[list[ModelRow], Path], str]]] = [
    ("speedups", "Per-task speedup distribution", speedups),
    ("pass-vs-dps", "pass@1 vs DPS", pass_vs_dps),
]


def draw(rows: list[ModelRow], directory: Path, prefix: str) -> list[Plot]:
    plots = [pareto(rows, directory, prefix)]
    for name, title, fn in FIGURES:
        file = f"{prefix}-{name}.svg"
        caption = fn(rows, directory / file)
        plots.append(Plot(file, title, caption))
    return plots
