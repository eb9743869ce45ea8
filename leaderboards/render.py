"""Render leaderboard rows as Markdown, CSV, JSON or HTML.

The columns follow the kinds of run present: ``generate`` rows show the log-position score,
DPS (with the sample rule used), speedup vs the fastest reference, efficient@1 and eff@1 —
"one level" because ENAMEL's formula is applied to the single profiling input, not to
ENAMEL's own test levels;
``edit`` rows show the speedup over the program given, the share still correct and %opt.
A suite's own metrics (EvalPerf's DPS with its scores, Mercury's Beyond…) follow, one column each.
Metrics at ``k > 1`` get a column each for the ``k`` every row has samples for.
"""

from __future__ import annotations

import csv
import html
import io
import json
from dataclasses import asdict
from typing import Any, Callable

from leaderboards.compute import ModelRow
from metrics.aggregate import Estimate

FORMATS = ("md", "csv", "json", "html")

Column = tuple[str, Callable[[ModelRow], str]]


def _est(e: Estimate | None, digits: int = 1, suffix: str = "") -> str:
    if e is None:
        return "–"
    return f"{e.value:.{digits}f}{suffix} [{e.low:.{digits}f}, {e.high:.{digits}f}]"


def _opt(v: float | None, fmt: str) -> str:
    return "–" if v is None else format(v, fmt)


def _scaled(e: Estimate | None, factor: float) -> Estimate | None:
    return None if e is None else Estimate(e.value * factor, e.low * factor, e.high * factor, e.n)


def _pct(e: Estimate | None) -> str:
    return _est(_scaled(e, 100))


HEAD: list[Column] = [
    ("model", lambda r: r.model + (" (partial)" if r.partial else "")),
    ("suite", lambda r: r.suite),
    ("kind", lambda r: r.kind),
    ("tasks", lambda r: str(len(r.tasks))),
]

GENERATE: list[Column] = [
    ("pass@1 %", lambda r: _pct(r.pass_at_1)),
    ("score (log position)", lambda r: _est(r.position, 3)),
    ("DPS", lambda r: _est(r.dps)),
    ("DPS_norm", lambda r: _est(r.dps_norm)),
    ("DPS over", lambda r: r.dps_rule),
    ("speedup vs fastest ref", lambda r: _est(r.speedup, 3, "×")),
    ("efficient@1 %", lambda r: _pct(r.efficient_at_1)),
    ("eff@1 (one level)", lambda r: _est(r.eff_at_1, 3)),
]

EDIT: list[Column] = [
    ("kept correct %", lambda r: _pct(r.pass_at_1)),
    ("speedup vs given", lambda r: _est(r.speedup_given, 3, "×")),
    ("%opt (>=1.10×)", lambda r: _pct(r.opt_at_1)),
]

AT_K_COLUMNS: dict[str, list[tuple[str, str, Callable[[Estimate | None], str]]]] = {
    # kind -> (metric key in ModelRow.at_k, header template, formatter)
    "generate": [("pass", "pass@{k} %", _pct), ("position", "score@{k}", lambda e: _est(e, 3)),
                 ("efficient", "efficient@{k} %", _pct), ("eff", "eff@{k} (one level)", lambda e: _est(e, 3))],
    "edit": [("pass", "correct@{k} %", _pct), ("opt", "%opt@{k}", _pct)],
}

AGENT: list[Column] = [
    ("steps/sample", lambda r: _opt(r.steps, ".1f")),
    ("improvement % (profiling input)", lambda r: _opt(r.improvement_pct, ".1f")),
    ("tokens/% improvement", lambda r: _opt(r.tokens_per_improvement, ".1f")),
    ("$/% improvement", lambda r: _opt(r.cost_per_improvement, ".3g")),
]
"""Shown when some row is an agent's or a scaling strategy's (its samples have trajectories)."""

COST: list[Column] = [
    ("tokens/solved", lambda r: _opt(r.tokens_per_solved, ".0f")),
    ("$/solved", lambda r: _opt(r.cost_per_solved, ".4f")),
    ("eFLOPs/solved", lambda r: _opt(r.eflops_per_solved, ".3g")),
]

TAIL: list[Column] = [
    ("counter", lambda r: r.counter or "–"),
    ("run", lambda r: r.run_id + ("" if r.status == "complete" else f" ({r.status})")),
]


def _at_k(name: str, k: int, fmt: Callable[[Estimate | None], str]) -> Callable[[ModelRow], str]:
    return lambda r: fmt(r.at_k.get(name, {}).get(k)) if k in r.ks else "–"


def _suite_metric(header: str) -> Callable[[ModelRow], str]:
    def cell(r: ModelRow) -> str:
        value = r.suite_metrics.get(header)  # percentages and 0–100 scores to one decimal, ratios to three
        if header.endswith("%"):
            return _pct(value)
        return _est(value, 1 if value is not None and abs(value.value) >= 10 else 3)
    return cell


def columns(rows: list[ModelRow]) -> list[Column]:
    """The columns for these rows: per kind present, the suites' own metrics, then every ``k > 1`` some row has."""
    kinds = [kind for kind in ("generate", "edit") if any(r.kind == kind for r in rows)]
    cols = list(HEAD)
    for kind in kinds:
        cols += GENERATE if kind == "generate" else EDIT
    own = list(dict.fromkeys(header for r in rows for header in r.suite_metrics))  # first-seen order
    cols += [(header, _suite_metric(header)) for header in own]
    for k in sorted({k for r in rows for k in r.ks}):
        for kind in kinds:
            cols += [(header.format(k=k), _at_k(name, k, fmt)) for name, header, fmt in AT_K_COLUMNS[kind]]
    return cols + COST + (AGENT if any(r.steps is not None for r in rows) else []) + TAIL


def table(rows: list[ModelRow]) -> tuple[list[str], list[list[str]]]:
    cols = columns(rows)
    return [c for c, _ in cols], [[f(r) for _, f in cols] for r in rows]


def to_markdown(rows: list[ModelRow]) -> str:
    """One table per kind of run (their columns differ)."""
    parts = []
    for kind in ("generate", "edit"):
        group = [r for r in rows if r.kind == kind]
        if not group:
            continue
        header, body = table(group)
        lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        lines += ["| " + " | ".join(cells) + " |" for cells in body]
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


def to_csv(rows: list[ModelRow]) -> str:
    header, body = table(rows)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(body)
    return buf.getvalue()


def _est_json(e: Estimate | None) -> dict[str, Any] | None:
    return None if e is None else {"value": e.value, "ci_low": e.low, "ci_high": e.high, "n_tasks": e.n}


def to_json(rows: list[ModelRow]) -> str:
    return json.dumps([{
        "model": r.model, "suite": r.suite, "kind": r.kind, "run_id": r.run_id, "status": r.status,
        "partial": r.partial,
        "counter": r.counter, "fingerprint": r.fingerprint, "dps_rule": r.dps_rule,
        "pass_at_1": _est_json(r.pass_at_1), "position": _est_json(r.position), "dps": _est_json(r.dps),
        "dps_norm": _est_json(r.dps_norm), "speedup": _est_json(r.speedup),
        "efficient_at_1": _est_json(r.efficient_at_1), "eff_at_1": _est_json(r.eff_at_1),
        "speedup_given": _est_json(r.speedup_given), "opt_at_1": _est_json(r.opt_at_1),
        "at_k": {name: {str(k): _est_json(e) for k, e in by_k.items()} for name, by_k in r.at_k.items()},
        "tokens": r.tokens, "cost_usd": r.cost_usd, "eflops": r.eflops, "requests": r.serving.requests,
        "mean_latency_s": r.serving.mean_latency_s, "mean_ttft_s": r.serving.mean_ttft_s,
        "output_tokens_per_s": r.serving.output_tps,
        "solved": r.solved, "steps_per_sample": r.steps, "improvement_pct": r.improvement_pct,
        "tokens_per_improvement_pct": r.tokens_per_improvement, "usd_per_improvement_pct": r.cost_per_improvement,
        "suite_metrics": {h: _est_json(e) for h, e in r.suite_metrics.items()},
        "tasks": [asdict(t) for t in r.tasks],
    } for r in rows], indent=2)


def to_html(rows: list[ModelRow]) -> str:
    header, body = table(rows)
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    trs = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>" for cells in body)
    return (f"<!doctype html><meta charset=utf-8><title>Ergon leaderboard</title>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{trs}</tbody></table>\n")


RENDERERS: dict[str, Callable[[list[ModelRow]], str]] = {"md": to_markdown, "csv": to_csv, "json": to_json,
                                                         "html": to_html}


def records_to_markdown(records: list[dict[str, Any]]) -> str:
    """A Markdown table of flat records (suite-specific breakdowns); floats to three decimals."""
    if not records:
        return ""
    header = list(records[0])
    fmt = lambda v: "–" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)  # noqa: E731
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(fmt(r.get(h)) for h in header) + " |" for r in records]
    return "\n".join(lines) + "\n"
