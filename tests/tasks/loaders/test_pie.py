"""The PIE loader on small files written in PIE's release schema (no network)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tasks.loaders._programs import MalformedRow
from tasks.registry import SuiteError
from tasks.loaders.pie import load_pie, source_paths

from tests.tasks.loaders.program_fixtures import PIE_FAST as FAST
from tests.tasks.loaders.program_fixtures import PIE_MID as MID
from tests.tasks.loaders.program_fixtures import PIE_SLOW as SLOW
from tests.tasks.loaders.program_fixtures import pie_row as row
from tests.tasks.loaders.program_fixtures import write_pie_dir


def write(tmp: Path, rows: list[object], raw: str = "") -> Path:
    return write_pie_dir(tmp, rows, raw)


def test_rows_become_edit_tasks_with_three_tiers(tmp_path: Path) -> None:
    root = write(tmp_path, [row(SLOW, MID, src_t=3.0, tgt_t=2.0), row(MID, FAST, src_t=2.0, tgt_t=1.0),
                            row(SLOW, FAST, src_t=3.0, tgt_t=1.0), row(SLOW, MID, pid="p99999")])
    loaded = load_pie(*source_paths(root))
    assert loaded.rows == 4 and len(loaded.tasks) == 2
    first, second = loaded.tasks
    assert first.id == "pie/p00001/s3.0" and first.kinds == ("edit",) and first.language == "cpp"
    assert [r.tier for r in first.references] == ["src", "tgt", "best"] and first.references[2].code == FAST
    assert first.slow_program == SLOW
    # tgt is the problem's fastest program: the third tier is the one between src and tgt
    assert [(r.tier, r.code) for r in second.references] == [("src", SLOW), ("other", MID), ("tgt", FAST)]
    assert [(t.stdin, t.stdout, t.hidden) for t in first.tests] == [("10\n", "10\n", True), ("100000\n", "100000\n", True)]
    assert first.assets["compare"] == "pie"
    # the problem with one pair and no test files: listed with the reason
    # MID -> FAST has no program between them (SLOW is slower than its src); p99999 has one pair
    assert [(w, why.split(" (")[0]) for w, why in loaded.skipped] == [
        ("test.jsonl:2", "problem p00001 has no third program with a known runtime faster than src"),
        ("test.jsonl:4", "problem p99999 has no third program with a known runtime faster than src")]


@pytest.mark.parametrize("bad, message", [
    ("{\"problem_id\": \"p1\", \"src_code\": \"x\"}", "test.jsonl:2: missing field 'tgt_code'"),
    ("[1, 2]", "test.jsonl:2: a row must be a JSON object, got list"),
    ("{not json", "test.jsonl:2: not JSON"),
    (json.dumps(row(SLOW, MID, tests="0,1")), "test.jsonl:2: field 'tests' must be a list of test indices"),
    (json.dumps(row(SLOW, 7)), "test.jsonl:2: field 'tgt_code' must be str, got int"),
    (json.dumps(row(SLOW, MID, src_t=-1)), "test.jsonl:2: field 'src_agg_runtime' must be a positive number"),
])
def test_malformed_rows_are_named_in_one_line(tmp_path: Path, bad: str, message: str) -> None:
    root = write(tmp_path, [row(SLOW, MID)], raw=bad + "\n")
    with pytest.raises(MalformedRow) as err:
        load_pie(*source_paths(root))
    assert str(err.value).startswith(message) and "\n" not in str(err.value)


def test_a_directory_without_the_data_is_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(SuiteError, match="needs a \\*.jsonl split"):
        source_paths(tmp_path)
