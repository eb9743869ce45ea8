"""The site's test-time scaling page: score-vs-compute curves of the ``ergon scaling`` sweeps.

A sweep is the JSON file ``ergon scaling`` writes next to the results store
(``scaling-*.json``): its points are (strategy, budget) with the mean score over tasks, a 95%
bootstrap interval and the compute spent (see ``agents.scaling.sweep``).  Each sweep gets one
figure — pass rate and efficiency against compute, one line per strategy, the interval as a
band, each point labelled with its budget — on every compute axis the sweep recorded, and the
table of its accounting.  A file that cannot be read is named on the page, never dropped
silently.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure

from leaderboards.site._plots import View, save

PATTERN = "scaling-*.json"
AXES = [("tokens", "tokens per task"), ("budget_c", "budget C = S·(1+λV), solutions"), ("usd", "$ per task"),
        ("flops", "FLOPs per task (2·P·T)"), ("eflops", "eFLOPs per task (Kinetics)"),
        ("request_s", "request-seconds per task")]
"""Compute axes in the order offered; an axis some point lacks is not offered."""
METRICS = [("pass", "pass rate (hidden tests)"), ("eff", "efficiency (fastest reference = 1)")]
COLUMNS = [("budget_c", "C", ".2f"), ("tokens", "tokens", ",.0f"), ("usd", "$", ".5f"), ("flops", "FLOPs", ".3g"),
           ("eflops", "eFLOPs", ".3g"), ("request_s", "req·s", ".2f"), ("latency_s", "s/request", ".3f"),
           ("ttft_s", "TTFT s", ".3f"), ("tokens_per_s", "output tok/s", ",.0f")]
"""The accounting columns of a sweep's table: (key, header, format)."""
MARKERS = ("o", "s", "^", "D", "v")
DASHES = ("-", "--", "-.", ":")


@dataclass(frozen=True)
class Row:
    strategy: str
    budget: int
    score: dict[str, tuple[float, float, float]]
    """metric → (value, low, high)."""
    compute: dict[str, float | None]


@dataclass
class Sweep:
    name: str
    suite: str
    model: str
    tasks: list[str]
    rows: list[Row]
    optimal: dict[str, Any] | None
    views: list[View] = field(default_factory=list)
    columns: list[tuple[str, str, str]] = field(default_factory=list)

    def cell(self, row: Row, key: str, fmt: str) -> str:
        value = row.compute.get(key)
        return "–" if value is None else format(value, fmt)


def _row(point: dict[str, Any]) -> Row:
    score = {m: (float(point["score"][m]), float(point["interval"][m][0]), float(point["interval"][m][1]))
             for m, _ in METRICS}
    compute = {k: (None if v is None else float(v)) for k, v in point["compute"].items()}
    return Row(str(point["strategy"]), int(point["budget"]), score, compute)


def load(directory: Path) -> tuple[list[Sweep], list[str]]:
    """The sweeps in ``directory`` (oldest first), and a note for each file that could not be read."""
    sweeps, problems = [], []
    for path in sorted(directory.glob(PATTERN)):
        try:
            data = json.loads(path.read_text())
            rows = [_row(p) for p in data["points"]]
            sweeps.append(Sweep(path.stem, str(data["suite"]), str(data["model"]),
                                [str(t) for t in data.get("tasks_used", [])], rows, data.get("optimal")))
        except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
            problems.append(f"{path.name}: not a readable sweep ({type(exc).__name__}: {exc})")
    return sweeps, problems


def _positive(row: Row, key: str) -> bool:
    value = row.compute.get(key)
    return value is not None and math.isfinite(value) and value > 0


def curves(sweep: Sweep, key: str, label: str, path: Path) -> str:
    """Both metrics against compute ``key`` (log₂, as Singhi et al. plot budgets); returns the caption."""
    fig = Figure(figsize=(10, 4.2))
    axes = fig.subplots(1, 2)
    strategies = list(dict.fromkeys(r.strategy for r in sweep.rows))
    for ax, (metric, name) in zip(axes, METRICS):
        for i, strategy in enumerate(strategies):
            line = sorted((r for r in sweep.rows if r.strategy == strategy and _positive(r, key)),
                          key=lambda r: r.compute[key])  # type: ignore[arg-type, return-value]
            if not line:
                continue
            xs = [r.compute[key] for r in line]
            value, low, high = ([r.score[metric][j] for r in line] for j in range(3))
            color = f"C{i}"
            # markers shrink and dashes vary by strategy, so lines that coincide stay visible one inside the other
            ax.plot(xs, value, marker=MARKERS[i % len(MARKERS)], markersize=max(4, 10 - 2 * i), color=color,
                    linestyle=DASHES[i % len(DASHES)], label=strategy, linewidth=2)
            ax.fill_between(xs, low, high, color=color, alpha=0.15, linewidth=0)  # type: ignore[arg-type]
            for x, y, r in zip(xs, value, line):
                ax.annotate(str(r.budget), (x, y), textcoords="offset points", xytext=(4, 5), fontsize=7, color=color)
        ax.set_xscale("log", base=2)
        ax.set_xlabel(f"{label} (log₂)")
        ax.set_ylabel(name)
        ax.set_ylim(-0.05, 1.05)
        ax.grid(True, which="major", alpha=0.3)
    axes[0].legend(fontsize="small", loc="lower right")
    fig.suptitle(f"{sweep.model} on {sweep.suite}: score against compute", fontsize=11)
    fig.tight_layout()
    save(fig, path)
    left = sorted({r.strategy for r in sweep.rows if not _positive(r, key)})
    return ("One line per strategy; the band is the 95% bootstrap interval over tasks; each point is labelled "
            "with its budget (candidates, or refinement steps)."
            + (f" Without {label}: {', '.join(left)}." if left else ""))


def draw(sweeps: list[Sweep], directory: Path) -> None:
    """Each sweep's figure on every axis it has, and the table columns it has values for."""
    for n, sweep in enumerate(sweeps):
        for key, label in AXES:
            if any(_positive(r, key) for r in sweep.rows):
                file = f"scaling-{n}-{key}.svg"
                sweep.views.append(View(label, file, curves(sweep, key, label, directory / file)))
        sweep.columns = [c for c in COLUMNS if any(r.compute.get(c[0]) is not None for r in sweep.rows)]
