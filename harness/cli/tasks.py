"""``ergon tasks``: browse the registered suites and tasks."""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table

from harness.cli._common import commands, out, out_option, store_at, user_errors
from tasks.registry import find_task, open_suite, self_contained, suites

source_option = click.option("--suite-source", default=None,
                             help="A data suite's data: hub name or local file/clone directory (see `ergon run --help`).")


@commands.register("tasks")
@click.group()
def tasks() -> None:
    """Browse the registered suites and tasks."""


@tasks.command("list")
@click.option("--suite", "-s", help="Only this suite (default: all).")
@click.option("--tag", "-t", "tags", multiple=True, help="Only tasks carrying this tag (repeatable).")
@source_option
def tasks_list(suite: str | None, tags: tuple[str, ...], suite_source: str | None) -> None:
    """Table of tasks: id, suite, tags, tiers.

    Without --suite, the suites that ship their tasks; a public benchmark's suite is listed by
    name only (reading it means reading its dataset): `ergon tasks list --suite evalperf
    --suite-source PATH` lists its tasks and says which rows could not be converted and why.
    """
    with user_errors():
        names = [suite] if suite else [n for n in suites.names() if self_contained(n)]
        table = Table("task", "suite", "lang", "tiers (slowest → fastest)", "tags")
        count = 0
        summaries = []
        for name in names:
            data = open_suite(name, source=suite_source)
            if suite and not self_contained(name):
                summaries.append(f"{name} from {data.provenance.get('source')}: " +
                                 ", ".join(f"{k}: {v}" for k, v in data.summary().items()))
            for t in data.tasks:
                if all(tag in t.tags for tag in tags):
                    table.add_row(t.id, t.suite, t.language, " → ".join(t.tiers), ", ".join(t.tags))
                    count += 1
    out.print(table)
    out.print(f"{count} task(s)")
    for line in summaries:
        out.print(line)
    if not suite:
        data_suites = [n for n in suites.names() if not self_contained(n)]
        if data_suites:
            out.print(f"data suites (list with --suite NAME [--suite-source PATH]): {', '.join(data_suites)}")


@tasks.command("show")
@click.argument("task_id")
@click.option("--suite", "-s", default=None, help="The task's suite (needed for a data suite's task).")
@source_option
@out_option
def tasks_show(task_id: str, suite: str | None, suite_source: str | None, out_dir: Path) -> None:
    """Prompt, entry point and reference tiers (with instruction counts once measured)."""
    with user_errors():
        store = store_at(out_dir) if (out_dir / "ergon.sqlite").exists() else None
        task = find_task(task_id, seed=store.input_seed() if store else 0, suite=suite, source=suite_source)
        measured = store.latest_references(task.content_hash) if store else {}
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
