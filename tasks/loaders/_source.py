"""Reading a public benchmark's rows from the Hugging Face hub or a local copy, with provenance.

One place decides what a ``--suite-source`` means: an existing path is a local copy (a
json/jsonl/parquet file, or a directory: a hub snapshot or a clone, read by ``datasets``'
file-type inference), anything else a hub name, optionally pinned as ``owner/name@revision``.
The hub is touched only then.  The provenance recorded with every run names the source, its
revision where one is known (the hub commit, the clone's git ``HEAD``, a file's SHA-256) and a
digest of the rows as read, so a result says exactly which data it was measured on.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from pathlib import Path
from typing import Any, Sequence

from tasks.registry import SuiteError

FILE_BUILDERS = {".json": "json", ".jsonl": "json", ".parquet": "parquet"}


def rows_digest(rows: Sequence[dict[str, Any]]) -> str:
    """SHA-256 of the rows as read (key order and container types normalised by JSON)."""
    blob = json.dumps(list(rows), sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def git_head(path: Path) -> str | None:
    """The commit a clone is at, or ``None`` when ``path`` is no git work tree (or git is absent)."""
    try:
        done = subprocess.run(["git", "-C", str(path), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return (done.stdout.strip() or None) if done.returncode == 0 else None


HUB_NAME = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+(@[\w./-]+)?$")
"""``owner/name`` or ``owner/name@revision``: anything else is a path."""


def is_local(source: str) -> bool:
    return Path(source).expanduser().exists()


def is_hub_name(source: str) -> bool:
    """Whether ``source`` names a hub dataset: no existing path, and shaped ``owner/name[@revision]``."""
    return not is_local(source) and HUB_NAME.match(source) is not None and Path(source).suffix not in FILE_BUILDERS


def read_rows(suite: str, source: str, *, split: str, config: str | None = None) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The rows of ``split`` (a hub split; ignored for a single local file) and their provenance.

    Any failure to read is one :class:`SuiteError` line naming the source and what to pass.
    """
    import datasets  # slow to import: only when a data suite is read

    datasets.disable_progress_bars()
    path = Path(source).expanduser()
    if not path.exists() and not is_hub_name(source):
        raise SuiteError(f"suite {suite!r}: no such file or directory: {source} (a hub name looks like owner/name)")
    try:
        if path.is_file():
            builder = FILE_BUILDERS.get(path.suffix)
            if builder is None:
                raise SuiteError(f"suite {suite!r}: {source} is not a .json, .jsonl or .parquet file")
            ds = datasets.load_dataset(builder, data_files=str(path), split="train")
            provenance = {"source": str(path.resolve()), "kind": "file", "revision": "sha256:" + file_digest(path)}
        elif path.is_dir():
            ds = datasets.load_dataset(str(path), config, split=split)
            provenance = {"source": str(path.resolve()), "kind": "directory", "revision": git_head(path)}
        else:
            name, _, revision = source.partition("@")
            ds = datasets.load_dataset(name, config, split=split, revision=revision or None)
            provenance = {"source": name, "kind": "hub", "revision": _hub_sha(name, revision or None)}
    except SuiteError:
        raise
    except Exception as exc:  # datasets raises many types (connection, missing split, bad file): one line each
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
        where = "local copy" if path.exists() else "Hugging Face hub"
        raise SuiteError(f"suite {suite!r}: cannot read {source!r} from the {where} ({type(exc).__name__}: {first}); "
                         "pass --suite-source PATH to a local json/jsonl/parquet file or directory") from None
    rows = [dict(r) for r in ds]
    provenance.update({"split": split if not path.is_file() else None, "config": config, "rows_sha256": rows_digest(rows)})
    return rows, provenance


def _hub_sha(name: str, revision: str | None) -> str | None:
    """The hub commit the rows came from (the hub was reachable: they were just downloaded)."""
    try:
        from huggingface_hub import HfApi

        return HfApi().dataset_info(name, revision=revision).sha
    except Exception:  # the rows are read; a missing commit id only leaves the revision unknown
        return revision


def column(suite: str, index: int, row: dict[str, Any], name: str, kind: type | tuple[type, ...] = str) -> Any:
    """``row[name]``, or one line naming the row and the problem."""
    ident = row.get("task_id", row.get("problem_idx", row.get("slug_name", "")))
    if name not in row or row[name] is None:
        raise SuiteError(f"suite {suite!r}: row {index} ({ident}) has no {name!r} (columns: {', '.join(sorted(row))})")
    if not isinstance(row[name], kind):
        raise SuiteError(f"suite {suite!r}: row {index} ({ident}): {name!r} is {type(row[name]).__name__}, "
                         f"expected {getattr(kind, '__name__', kind)}")
    return row[name]
