"""The reference-output cache stays under its bound: least recently used entries go first."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tasks.loaders._outputs import cache_dir, evict, run_reference

CODE = "def f(n):\n    return 'x' * n\n"


def entries() -> list[Path]:
    return sorted(cache_dir().glob("*.json"))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ERGON_CACHE", str(tmp_path))
    return tmp_path


def test_least_recently_used_entries_are_evicted_past_the_bound(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ERGON_CACHE_MAX_BYTES", "2500")
    first = run_reference(CODE, "f", [{"args": [1000]}])
    assert first[0]["output"] == "x" * 1000 and len(entries()) == 1
    [kept] = entries()
    run_reference(CODE, "f", [{"args": [1001]}])
    [second] = [p for p in entries() if p != kept]
    old = time.time() - 100
    os.utime(second, (old, old))  # the first entry is now the more recently used
    run_reference(CODE, "f", [{"args": [1002]}])  # three entries of ~1 kB exceed 2.5 kB: the oldest goes
    assert len(entries()) == 2 and kept in entries()
    assert sum(p.stat().st_size for p in entries()) <= 2500


def test_a_hit_marks_an_entry_recently_used_and_returns_the_same_outputs(cache: Path) -> None:
    once = run_reference(CODE, "f", [{"args": [3]}])
    [entry] = entries()
    old = time.time() - 1000
    os.utime(entry, (old, old))
    assert run_reference(CODE, "f", [{"args": [3]}]) == once
    assert entry.stat().st_mtime > old + 500


def test_an_entry_larger_than_the_whole_bound_is_not_kept(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ERGON_CACHE_MAX_BYTES", "100")
    assert run_reference(CODE, "f", [{"args": [500]}])[0]["output"] == "x" * 500
    assert entries() == []


def test_a_malformed_bound_is_one_clear_error(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ERGON_CACHE_MAX_BYTES", "1GB")
    with pytest.raises(ValueError, match="ERGON_CACHE_MAX_BYTES must be a whole number of bytes"):
        run_reference(CODE, "f", [{"args": [1]}])


def test_evict_frees_oldest_first(tmp_path: Path) -> None:
    for n, name in enumerate(["a", "b", "c"]):
        path = tmp_path / f"{name}.json"
        path.write_text("y" * 100)
        os.utime(path, (1000 + n, 1000 + n))
    assert evict(tmp_path, 150) == 200
    assert [p.name for p in tmp_path.glob("*.json")] == ["c.json"]
