"""The leaderboard package's ``ergon`` commands, a module each (``leaderboard``, ``publish``, ``compare``).

Each is named in the ``ergon.commands`` entry-point group, so the harness's CLI offers them (and
prints the leaderboard after ``ergon run``) without importing this package, and a command
imports only its own module: ``ergon leaderboard`` does not pay for the site's plotting or the
comparison's statistics.
"""

from __future__ import annotations

from pathlib import Path

from harness.cli._common import store_at
from harness.store import Store, StoreError


def existing_store(out_dir: Path) -> Store:
    """The store in ``out_dir``; a missing one is an error here (reading never creates a store)."""
    if not (out_dir / "ergon.sqlite").exists():
        raise StoreError(f"no results in {out_dir} (run `ergon run` first)")
    return store_at(out_dir)

