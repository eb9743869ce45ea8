"""Render leaderboard rows as Markdown, CSV, JSON or HTML (one column set for all formats)."""

from __future__ import annotations

import csv
import html
import io
import json
from typing import Any, Callable

from leaderboards.compute import ModelRow
from metrics.aggregate import Estimate

FORMATS = ("md", "csv", "json", "html")


def _est(e: Estimate | None, digits: int = 1, suffix: str = "") -> str:
    if e is None:
        return "–"
    return f"{e.value:.{digits}f}{suffix} [{e.low:.{digits}f}, {e.high:.{digits}f}]"


def _opt(v: float | None, fmt: str) -> str:
    return "–" if v is None else format(v, fmt)


COLUMNS: list[tuple[str, Callable[[ModelRow], str]]] = [
    ("model", lambda r: r.model),
    ("suite", lambda r: r.suite),
    ("tasks", lambda r: str(len(r.tasks))),
    ("pass@1 %", lambda r: _est(_scaled(r.pass_at_1, 100))),
    ("DPS", lambda r: _est(r.dps)),
    ("DPS_norm", lambda r: _est(r.dps_norm)),
    ("speedup vs fastest ref", lambda r: _est(r.speedup, 3, "×")),
    ("efficient@1 %", lambda r: _est(_scaled(r.efficient_at_1, 100))),
    ("tokens/solved", lambda r: _opt(r.tokens_per_solved, ".0f")),
    ("$/solved", lambda r: _opt(r.cost_per_solved, ".4f")),
    ("eFLOPs/solved", lambda r: _opt(r.eflops_per_solved, ".3g")),
    ("counter", lambda r: r.counter or "–"),
    ("run", lambda r: r.run_id + ("" if r.status == "complete" else f" ({r.status})")),
]


def _scaled(e: Estimate | None, factor: float) -> Estimate | None:
    return None if e is None else Estimate(e.value * factor, e.low * factor, e.high * factor, e.n)


def table(rows: list[ModelRow]) -> tuple[list[str], list[list[str]]]:
    return [c for c, _ in COLUMNS], [[f(r) for _, f in COLUMNS] for r in rows]


def to_markdown(rows: list[ModelRow]) -> str:
    header, body = table(rows)
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cells) + " |" for cells in body]
    return "\n".join(lines) + "\n"


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
        "model": r.model, "suite": r.suite, "run_id": r.run_id, "status": r.status, "counter": r.counter,
        "fingerprint": r.fingerprint, "pass_at_1": _est_json(r.pass_at_1), "dps": _est_json(r.dps),
        "dps_norm": _est_json(r.dps_norm), "speedup": _est_json(r.speedup),
        "efficient_at_1": _est_json(r.efficient_at_1), "tokens": r.tokens, "cost_usd": r.cost_usd,
        "eflops": r.eflops,
        "solved": r.solved, "tasks": [t.__dict__ for t in r.tasks],
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
