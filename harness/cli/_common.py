"""What every ``ergon`` command shares: consoles, the one-line error policy, the command registry."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import click
import pydantic
from rich.console import Console

from harness.executors import ExecutorUnavailable
from harness.providers import ModelSpecError
from harness.store import Store, StoreError
from sandboxes.counters import CounterUnavailable
from tasks.authoring import TaskDefinitionError
from tasks.registry import Registry, SuiteError, UnknownName

DEFAULT_OUT = Path("ergon-out")
console = Console(stderr=True)
out = Console()

commands: Registry[click.Command] = Registry("command", "ergon.commands")
"""``ergon`` subcommands; other packages (leaderboards, agents) add theirs through ``ergon.commands``."""


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the errors a user can cause into one clear line and exit status 1."""
    try:
        yield
    except (ModelSpecError, UnknownName, SuiteError, StoreError, CounterUnavailable, ExecutorUnavailable,
            TaskDefinitionError) as exc:
        raise click.ClickException(str(exc)) from None
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        raise click.ClickException(f"invalid {'.'.join(map(str, first['loc']))}: {first['msg']}") from None
    except KeyError as exc:
        raise click.ClickException(str(exc.args[0]) if exc.args else "unknown key") from None


def store_at(out_dir: Path) -> Store:
    return Store(out_dir / "ergon.sqlite")


out_option = click.option("--out", "out_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
                          help="Results directory (SQLite store, response cache).")
