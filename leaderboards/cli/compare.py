"""``ergon compare``: did one run do better than another, task by task?"""

from __future__ import annotations

from pathlib import Path

import click

from harness.cli._common import commands, out_option, user_errors
from leaderboards.cli import existing_store
from leaderboards.compare import compare, to_json, to_markdown


@commands.register("compare")
@click.command("compare")
@click.argument("run_a")
@click.argument("run_b")
@out_option
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True)
@click.option("--force", is_flag=True, help="Compare runs measured in different environments anyway (counts then "
                                            "differ by the environment too).")
def compare_cmd(run_a: str, run_b: str, out_dir: Path, fmt: str, force: bool) -> None:
    """Did RUN_B do better than RUN_A?  Paired per-task comparison on the tasks both measured.

    \b
    Differences in pass@1, score, DPS and speedup (B − A, or B/A for speedup) with a 95% paired
    bootstrap interval over tasks and a paired randomization p-value; per task, Fisher's exact
    test on pass counts and Mann–Whitney U on instruction counts, Holm-adjusted.  Runs measured
    in different environments (fingerprint or counter) are refused unless --force.
      ergon runs                      # find the run ids
      ergon compare 20261129-094841-4a1496 20261129-101203-c13fba
    """
    with user_errors():
        comparison = compare(existing_store(out_dir), run_a, run_b, force)
    click.echo(to_markdown(comparison) if fmt == "md" else to_json(comparison), nl=fmt == "json")
