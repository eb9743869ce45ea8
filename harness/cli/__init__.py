"""The ``ergon`` command line.

Every expected failure (bad spec, bad file, unknown id, unavailable backend) ends in one line
on stderr naming the problem and a non-zero exit, never a traceback.  Commands live in the
modules of this package and register in :data:`harness.cli._common.commands`; every command,
the harness's own and those of other packages (``leaderboards`` adds ``leaderboard``), is named
in the ``ergon.commands`` entry-point group, so the harness never imports the packages that read
its results, and a command imports only its own module: ``ergon runs`` does not pay for the
endpoints', the agents' and the statistics' imports.
"""

from __future__ import annotations

import click

from harness.cli._common import commands
from tasks.registry import UnknownName


class _Commands(click.Group):
    """A group whose subcommands come from the command registry, discovered on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return commands.names()

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        try:
            return commands.get(cmd_name)
        except UnknownName:
            return None


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="ergon")
def main() -> None:
    """Ergon measures how efficient (LLM-written) code is.

    \b
    Quick start:
      ergon run                                   # references of the built-in suite, then a leaderboard
      ergon run --model samples:my_samples.jsonl  # your samples (evalplus format)
      ergon leaderboard --format md
      ergon doctor                                # what can measure here, and why not
    """


__all__ = ["main"]
