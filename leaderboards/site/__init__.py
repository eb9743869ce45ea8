"""``ergon publish``: the results store as a static web site.

Plain HTML from jinja2 templates, matplotlib SVG figures and one CSS file, with a few lines of
inline script for sorting and filtering: the site needs no server and no network, so it works
opened from disk and on any static host.  Pages: the leaderboard (filtered by suite, kind, or a
task tag — a tag shows every run recomputed over its tasks with that tag), one per model run, one
per task, the provenance of every run, and the score-vs-compute curves of the ``ergon scaling``
sweeps found next to the store.  All text from the store (model names, code, prompts)
goes through jinja2's autoescaping, and figures are embedded as ``<img>`` (an SVG there cannot
run script), so a hostile sample cannot inject into the site.
"""

from __future__ import annotations

import platform
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import jinja2

from harness.store import Store
from leaderboards.compute import ModelRow, Protocol, leaderboard
from leaderboards.site import _pages, _plots, _scaling
from leaderboards.site._pages import Assumptions
from metrics.aggregate import Estimate

MARKER = ".ergon-site"
"""Written into every site directory: a directory holding it may be rebuilt in place."""

GENERATED = ("index.html", "provenance.html", "scaling.html", "site.css", "model-*.html", "task-*.html", "*.svg")

_HERE = Path(__file__).parent
_env = jinja2.Environment(loader=jinja2.FileSystemLoader(_HERE / "templates"), autoescape=True,
                          undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def si(value: float, unit: str) -> str:
    """``value`` with an SI prefix (1.42e-08 g → "14.2 ng"): estimates here span fifteen orders of magnitude."""
    if value == 0:
        return f"0 {unit}"
    for factor, prefix in ((1e3, "k"), (1.0, ""), (1e-3, "m"), (1e-6, "µ"), (1e-9, "n"), (1e-12, "p")):
        if abs(value) >= factor:
            return f"{value / factor:.3g} {prefix}{unit}"
    return f"{value:.3g} {unit}"


_env.filters["si"] = si


class SiteError(RuntimeError):
    """The site cannot be written (nothing to publish, or an output path that is not usable)."""


@dataclass(frozen=True)
class Column:
    header: str
    kind: str | None
    """``generate`` or ``edit`` when only that kind of run has the metric, else ``None``."""
    get: Callable[[ModelRow], Any]
    scale: float = 1.0
    digits: int = 1
    suffix: str = ""
    help: str = ""


COLUMNS: list[Column] = [
    Column("pass@1 %", None, lambda r: r.pass_at_1, 100, help="share of samples that pass, per task, averaged"),
    Column("score", "generate", lambda r: r.position, digits=3,
           help="log-scale position between the slowest (0) and fastest (1) reference"),
    Column("DPS", "generate", lambda r: r.dps, help="EvalPerf's differential performance score"),
    Column("DPS_norm", "generate", lambda r: r.dps_norm),
    Column("speedup", "generate", lambda r: r.speedup, digits=3, suffix="×",
           help="vs the fastest reference, geometric mean over tasks"),
    Column("efficient@1 %", "generate", lambda r: r.efficient_at_1, 100),
    Column("eff@1", "generate", lambda r: r.eff_at_1, digits=3, help="ENAMEL's eff@1 on one level"),
    Column("speedup vs given", "edit", lambda r: r.speedup_given, digits=3, suffix="×"),
    Column("%opt", "edit", lambda r: r.opt_at_1, 100, help="share of edits ≥1.10× faster than the given program"),
    Column("tokens/solved", None, lambda r: r.tokens_per_solved, digits=0),
    Column("$/solved", None, lambda r: r.cost_per_solved, digits=4),
    Column("eFLOPs/solved", None, lambda r: r.eflops_per_solved, digits=3),
    Column("steps/sample", None, lambda r: r.steps, help="an agent's or scaling strategy's steps per sample"),
    Column("improvement %", None, lambda r: r.improvement_pct,
           help="final vs first correct candidate of a trajectory, instructions on the profiling input"),
    Column("tokens/% improvement", None, lambda r: r.tokens_per_improvement),
    Column("s/request", None, lambda r: r.serving.mean_latency_s, digits=2,
           help="mean wall time of a model request, send to last byte"),
    Column("TTFT s", None, lambda r: r.serving.mean_ttft_s, digits=2,
           help="mean time to first token (streamed requests)"),
    Column("output tok/s", None, lambda r: r.serving.output_tps, digits=0,
           help="output tokens per second of generation (after the first token when streamed)"),
]


@dataclass(frozen=True)
class Cell:
    text: str
    sort: str
    ci: str = ""
    bar: tuple[float, float, float] | None = None
    """``(low, value, high)`` as percentages of the column's range, for the interval bar."""


def _cell(column: Column, row: ModelRow, bounds: tuple[float, float] | None) -> Cell:
    value = column.get(row) if column.kind in (None, row.kind) else None  # e.g. no DPS column for an edit run
    if value is None:
        return Cell("–", "")
    if not isinstance(value, Estimate):
        text = f"{value:.{column.digits}g}" if column.header == "eFLOPs/solved" else f"{value:.{column.digits}f}"
        return Cell(text, repr(float(value)))
    v, lo, hi = (x * column.scale for x in (value.value, value.low, value.high))
    fmt = lambda x: f"{x:.{column.digits}f}{column.suffix}"  # noqa: E731
    bar = None
    if bounds is not None:
        a, b = bounds
        span = (b - a) or 1.0
        bar = tuple(round(100 * (x - a) / span, 2) for x in (lo, v, hi))
    return Cell(fmt(v), repr(v), f"[{fmt(lo)}, {fmt(hi)}]", bar)  # type: ignore[arg-type]


def _bounds(column: Column, rows: list[ModelRow]) -> tuple[float, float] | None:
    estimates = [e for e in (column.get(r) for r in rows if column.kind in (None, r.kind)) if isinstance(e, Estimate)]
    if not estimates:
        return None
    return (min(e.low for e in estimates) * column.scale, max(e.high for e in estimates) * column.scale)


def leaderboard_table(rows: list[ModelRow]) -> tuple[list[Column], list[list[Cell]]]:
    """The columns that some row has a value for, and each row's cells."""
    kinds = {r.kind for r in rows}
    columns = [c for c in COLUMNS if (c.kind is None or c.kind in kinds)
               and any(c.get(r) is not None for r in rows if c.kind in (None, r.kind))]
    bounds = {c.header: _bounds(c, rows) for c in columns}
    return columns, [[_cell(c, r, bounds[c.header]) for c in columns] for r in rows]


def _prepare(out_dir: Path) -> None:
    """Make ``out_dir`` ready: new, empty, or an earlier Ergon site (whose generated files are removed)."""
    if out_dir.exists() and not out_dir.is_dir():
        raise SiteError(f"{out_dir} exists and is not a directory: choose a new or empty directory for the site")
    if out_dir.is_dir() and any(out_dir.iterdir()):
        if not (out_dir / MARKER).exists():
            raise SiteError(f"{out_dir} is not empty and holds no Ergon site: choose a new or empty directory "
                            "(nothing there was changed)")
        for pattern in GENERATED:
            for old in out_dir.glob(pattern):
                old.unlink()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / MARKER).write_text("generated by `ergon publish`; rebuilt in place on the next publish\n")
    except OSError as exc:
        raise SiteError(f"cannot write the site to {out_dir}: {exc.strerror}") from None


def build_site(store: Store, out_dir: Path, protocol: Protocol = "ergon", assumptions: Assumptions = Assumptions(),
               progress: Callable[[str], None] = lambda _: None) -> list[Path]:
    """Write the site for every run in ``store`` into ``out_dir``; returns the pages written.

    ``assumptions`` turn energy into the carbon and water estimates shown next to every energy figure.
    """
    if not store.runs():
        raise SiteError(f"no runs in {store.path}: nothing to publish (run `ergon run` first)")
    _prepare(out_dir)
    rows = leaderboard(store, None, protocol)
    progress("pages")
    models, tasks = _pages.build_pages(store, rows, assumptions)
    progress("plots")
    suites = sorted({r.suite for r in rows})
    plots = {suite: _plots.draw([r for r in rows if r.suite == suite], out_dir, f"plot-{_pages.slug(suite)}")
             for suite in suites}
    tagged = [("", r) for r in rows] + _pages.tagged_rows(store, rows)
    columns, cells = leaderboard_table([r for _, r in tagged])
    progress("scaling curves")
    sweeps, problems = _scaling.load(store.path.parent)
    _scaling.draw(sweeps, out_dir)
    common = {"version": _pages.ergon_version(), "generated": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
              "store": str(store.path), "protocol": protocol, "factors": assumptions.factors,
              "scaling": bool(sweeps or problems)}
    files = {m.row.run_id: m.file for m in models}
    pages: dict[str, tuple[str, dict[str, Any]]] = {
        "index.html": ("index.html.j2", {"rows": rows, "tagged": tagged, "columns": columns, "cells": cells, "files": files,
                                         "tags": sorted({tag for tag, _ in tagged if tag}),
                                         "plots": plots, "suites": suites,
                                         "kinds": sorted({r.kind for r in rows}),
                                         "holes": {r.run_id: sorted(t.task_id for t in r.tasks
                                                                    if t.reference_instructions is None)
                                                   for r in rows}}),
        "provenance.html": ("provenance.html.j2", {"runs": _pages.provenance(store), "files": files,
                                                   "host": platform.node(), "platform": platform.platform()}),
    }
    if sweeps or problems:
        pages["scaling.html"] = ("scaling.html.j2", {"sweeps": sweeps, "problems": problems})
    for m in models:
        pages[m.file] = ("model.html.j2", {"page": m})
    task_files = {(t.suite, t.task_id): t.file for t in tasks}
    for t in tasks:
        pages[t.file] = ("task.html.j2", {"page": t, "files": files})
    written = []
    for name, (template, context) in pages.items():
        path = out_dir / name
        path.write_text(_env.get_template(template).render(**common, **context, task_files=task_files))
        written.append(path)
    (out_dir / "site.css").write_text((_HERE / "static" / "site.css").read_text())
    return written


__all__ = ["Assumptions", "SiteError", "build_site", "leaderboard_table"]
