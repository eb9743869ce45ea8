"""The text of a leaderboard: the main table, plus each language's breakdown in Markdown."""

from __future__ import annotations

from harness.languages import languages
from harness.store import Store
from leaderboards.compute import Protocol, evaluation_rows, leaderboard, run_tasks
from leaderboards.render import RENDERERS, records_to_markdown


def publish(store: Store, suite: str | None, fmt: str, protocol: Protocol = "ergon") -> str:
    """``protocol="evalperf"`` computes DPS under EvalPerf's sample rule (see ``compute.sample_rule``)."""
    rows = leaderboard(store, suite, protocol)
    text = RENDERERS[fmt](rows)
    if fmt != "md":
        return text
    for row in rows:
        holes = sorted(t.task_id for t in row.tasks if t.reference_instructions is None)
        if holes:  # shown, never silently dropped: their efficiency columns have no value
            text += (f"\n{row.model} ({row.run_id}): {len(holes)} task(s) without a fully measured reference ladder "
                     f"in this environment, so without efficiency scores: {', '.join(holes[:10])}"
                     f"{' …' if len(holes) > 10 else ''} (run again to measure the missing tiers)\n")
    breakdowns: dict[str, list[dict]] = {}
    for row in rows:
        tasks = run_tasks(store.run(row.run_id))
        if tasks is None:  # a suite no longer installed, or its data gone: its main row stays, without a breakdown
            continue
        names = sorted({t.language for t in tasks})
        for name in names:
            language = languages.get(name)
            if language.report_title:
                breakdowns.setdefault(language.report_title, []).extend(
                    language.report(evaluation_rows(store, row.run_id), row.model))
    for title, records in breakdowns.items():
        if records:
            text += f"\n### {title}\n\n" + records_to_markdown(records)
    return text
