"""``ergon runs`` and ``ergon export``: what the results store holds."""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table

from harness.cli._common import commands, out, out_option, store_at, user_errors


@commands.register("runs")
@click.command("runs")
@out_option
def runs_cmd(out_dir: Path) -> None:
    """List stored runs.

    A run that did not finish is "(partial)": ``running`` while its process works on it,
    ``crashed`` when that process died (even by SIGKILL), ``interrupted`` or ``failed``; continue
    any of them with ``ergon run --resume RUN``.
    """
    with user_errors():
        table = Table("run", "model", "suite", "status", "samples")
        store = store_at(out_dir)
        for info in store.runs():
            status = info.status if info.status == "complete" else f"{info.status} (partial)"
            table.add_row(info.run_id, info.model, info.suite, status, str(len(store.evaluated(info.run_id))))
    out.print(table)


@commands.register("export")
@click.command("export")
@click.argument("run_id")
@out_option
def export_cmd(run_id: str, out_dir: Path) -> None:
    """Write a run's samples and evaluations as JSONL to stdout."""
    with user_errors():
        for line in store_at(out_dir).export_jsonl(run_id):
            click.echo(line)
