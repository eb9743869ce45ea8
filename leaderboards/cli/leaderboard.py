"""``ergon leaderboard``: the latest run of every model, as a table."""

from __future__ import annotations

from pathlib import Path

import click

from harness.cli._common import commands, console, out_option, user_errors
from harness.store import StoreError
from leaderboards.cli import existing_store
from leaderboards.publish import publish
from leaderboards.render import FORMATS


@commands.register("leaderboard")
@click.command("leaderboard")
@click.option("--suite", "-s", default=None, help="Only this suite.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="md", show_default=True)
@out_option
@click.option("--protocol", type=click.Choice(["ergon", "evalperf"]), default="ergon", show_default=True,
              help="Sample rule for DPS: every passing sample (ergon), or EvalPerf's (≥10 passing, first 20 profiled).")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None, help="Write to a file instead of stdout.")
def leaderboard_cmd(suite: str | None, fmt: str, out_dir: Path, protocol: str, output: Path | None) -> None:
    """The latest run of every model: pass@1, DPS, DPS_norm, speedup, efficient@1 (95% bootstrap CIs), cost."""
    with user_errors():
        store = existing_store(out_dir)
        if suite is not None and not store.runs(suite):
            raise StoreError(f"no runs of suite {suite!r} in {out_dir} (suites with runs: "
                             f"{', '.join(sorted({r.suite for r in store.runs()})) or 'none'})")
        text = publish(store, suite, fmt, protocol)  # type: ignore[arg-type]
    if output:
        output.write_text(text)
        console.print(f"wrote {output}")
    else:
        click.echo(text, nl=False)
