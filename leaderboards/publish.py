"""The text of a leaderboard: the main table, plus suite-specific breakdowns in Markdown."""

from __future__ import annotations

from harness.store import Store
from leaderboards.compute import Protocol, evaluation_rows, leaderboard
from leaderboards.isa import isa_report
from leaderboards.render import RENDERERS, records_to_markdown


def publish(store: Store, suite: str | None, fmt: str, protocol: Protocol = "ergon") -> str:
    """``protocol="evalperf"`` computes DPS under EvalPerf's sample rule (see ``compute.sample_rule``)."""
    rows = leaderboard(store, suite, protocol)
    text = RENDERERS[fmt](rows)
    if fmt == "md":
        isa = [r for row in rows if row.suite == "isa" for r in isa_report(evaluation_rows(store, row.run_id), row.model)]
        if isa:
            text += "\n### ISA translation: by source level and target (ratios vs the -O2 reference)\n\n"
            text += records_to_markdown(isa)
    return text
