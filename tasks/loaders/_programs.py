"""What the program-suite loaders (PIE, ECCO) share: test files in a problem's directory, JSON
Lines with their row numbers, and the record of what could not be converted."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from tasks.registry import SuiteData, SuiteError
from tasks.schema import TestCase

INPUT_FILE = re.compile(r"^input\.(\d+)\.txt$")


class MalformedRow(SuiteError):
    """A row of a suite's source file is not in the suite's schema (the message names the row)."""


@dataclass
class Loaded:
    """Tasks converted from a source, and every row that could not be, with the reason."""

    tasks: list[Any] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    rows: int = 0
    provenance: dict[str, Any] = field(default_factory=dict)

    def suite_data(self) -> SuiteData:
        return SuiteData(self.tasks, self.provenance, dict(self.skipped), self.rows)


def provenance(root: Path, split: Path, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Where a program suite's tasks came from: the directory, its git commit (a clone) or the split
    file's digest, and a digest of the rows as read."""
    from tasks.loaders._source import file_digest, git_head, rows_digest

    return {"source": str(root.resolve()), "kind": "directory", "split": split.name,
            "revision": git_head(root) or "sha256:" + file_digest(split), "rows_sha256": rows_digest(rows)}


def find_source(suite: str, root: Path, splits: tuple[str, ...], case_dirs: tuple[str, ...], help: str) -> tuple[Path, Path]:
    """The split file (the first of ``splits`` present, else any ``*.jsonl``) and the test-case directory
    in a download directory, or one line saying what is missing."""
    if not root.is_dir():
        raise SuiteError(f"suite {suite!r}: {root} is not a directory ({help})")
    found = [root / s for s in splits if (root / s).is_file()] or sorted(root.glob("*.jsonl"))
    cases = next((root / d for d in case_dirs if (root / d).is_dir()), None)
    if not found or cases is None:
        raise SuiteError(f"suite {suite!r}: {root} needs a *.jsonl split and one of {', '.join(case_dirs)}/ ({help})")
    return found[0], cases


def jsonl_rows(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(where, row)`` for each non-empty line of ``path``; ``where`` is ``file:line`` for errors."""
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise MalformedRow(f"{where}: not JSON ({exc.msg})") from None
            if not isinstance(row, dict):
                raise MalformedRow(f"{where}: a row must be a JSON object, got {type(row).__name__}")
            yield where, row


def field_of(row: dict[str, Any], name: str, kind: type, where: str) -> Any:
    value = row.get(name)
    if value is None:
        raise MalformedRow(f"{where}: missing field {name!r} (fields: {', '.join(sorted(row)) or 'none'})")
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise MalformedRow(f"{where}: field {name!r} must be {kind.__name__}, got {type(value).__name__}")
    return value


def problem_tests(directory: Path, indices: list[int] | None = None) -> tuple[TestCase, ...]:
    """``input.{i}.txt`` / ``output.{i}.txt`` pairs of one problem (only ``indices`` if given), hidden,
    in index order; an input without its output is left out."""
    found = {int(m.group(1)): p for p in directory.iterdir() if (m := INPUT_FILE.match(p.name))} \
        if directory.is_dir() else {}
    wanted = sorted(found) if indices is None else [i for i in sorted(set(indices)) if i in found]
    tests = []
    for i in wanted:
        out = directory / f"output.{i}.txt"
        if out.is_file():
            tests.append(TestCase(stdin=found[i].read_text(encoding="utf-8", errors="replace"),
                                  stdout=out.read_text(encoding="utf-8", errors="replace"), label=str(i), hidden=True))
    return tuple(tests)
