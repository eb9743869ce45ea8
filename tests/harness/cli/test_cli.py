"""The CLI teaches with --help and answers bad input with one line and a non-zero exit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from harness.cli import main
from harness.store import Store
from sandboxes.counters import probe
from sandboxes.local import LocalExecutor


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def one_line_error(result, *fragments: str) -> None:
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = [line for line in result.output.strip().splitlines() if line]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    assert "Traceback" not in result.output


def test_help_teaches_the_main_commands() -> None:
    text = invoke("--help").output
    for word in ("run", "tasks", "leaderboard", "doctor", "ergon run --model samples:"):
        assert word in text
    assert "reference:TIER" in invoke("run", "--help").output


def test_tasks_list_and_tag_filter() -> None:
    result = invoke("tasks", "list", "--suite", "builtin")
    assert result.exit_code == 0 and "dedupe" in result.output
    tagged = invoke("tasks", "list", "--suite", "builtin", "--tag", "hashing")
    assert "dedupe" in tagged.output and tagged.output.count("\n") < result.output.count("\n")


def test_tasks_show(tmp_path: Path) -> None:
    result = invoke("tasks", "show", "dedupe", "--out", str(tmp_path))
    assert result.exit_code == 0
    assert "entry point: dedupe" in result.output and "list-scan" in result.output and "not measured" in result.output


@pytest.mark.parametrize("args, fragments", [
    (("run", "--suite", "nope"), ("unknown suite 'nope'",)),
    (("run", "--task", "nope", "-e", "local"), ("unknown task id", "nope")),
    (("run", "--model", "gpt4", "--task", "dedupe", "-e", "local"), ("must look like SCHEME:VALUE",)),
    (("run", "--model", "magic:x", "--task", "dedupe", "-e", "local"), ("unknown model scheme 'magic'",)),
    (("run", "--model", "reference:medium", "--task", "dedupe", "-e", "local"), ("no tier 'medium'",)),
    (("tasks", "show", "nope"), ("unknown task 'nope'",)),
    (("run", "--resume", "nope"), ("no run 'nope'",)),
])
def test_bad_arguments(args: tuple[str, ...], fragments: tuple[str, ...], tmp_path: Path) -> None:
    one_line_error(invoke(*args, *(["--out", str(tmp_path)] if args[0] == "run" else [])), *fragments)


@pytest.mark.parametrize("content, fragment", [
    (b'{"task_id": "dedupe", "solution": "x"}\nnot json\n', ":2: not valid JSON"),
    (b'{"task_id": "dedupe", "solution": "\xff"}\n', "not UTF-8"),
    (b'{"task_id": "no_such_task", "solution": "x"}\n', ":1: unknown task id 'no_such_task'"),
    (b'{"task_id": "dedupe"}\n', 'has no string "solution"'),
    (b'[1, 2]\n', 'must be an object with a string "task_id"'),
    (b"\n\n", "no samples"),
])
def test_malformed_samples_files(content: bytes, fragment: str, tmp_path: Path) -> None:
    path = tmp_path / "samples.jsonl"
    path.write_bytes(content)
    out = tmp_path / "out"
    one_line_error(invoke("run", "--model", f"samples:{path}", "--out", str(out), "-e", "local"), fragment)
    assert Store(out / "ergon.sqlite").runs() == []  # nothing half-made is stored


@pytest.mark.skipif(probe("perf", LocalExecutor()).ok, reason="this machine has hardware counters")
def test_unavailable_counter_is_refused_before_a_run_starts(tmp_path: Path) -> None:
    one_line_error(invoke("run", "--counter", "perf", "--task", "dedupe", "-e", "local", "--out", str(tmp_path)),
                   "counter 'perf' is not available here")
    assert Store(tmp_path / "ergon.sqlite").runs() == []


def test_missing_samples_file(tmp_path: Path) -> None:
    one_line_error(invoke("run", "--model", f"samples:{tmp_path}/none.jsonl", "--out", str(tmp_path), "-e", "local"),
                   "cannot read samples file")


def test_corrupt_store_is_reported_not_overwritten(tmp_path: Path) -> None:
    db = tmp_path / "ergon.sqlite"
    db.write_bytes(b"this is not a database" * 100)
    one_line_error(invoke("leaderboard", "--out", str(tmp_path)), "not a usable Ergon results database")
    assert db.read_bytes() == b"this is not a database" * 100


def test_leaderboard_without_results(tmp_path: Path) -> None:
    one_line_error(invoke("leaderboard", "--out", str(tmp_path)), "no results")
    Store(tmp_path / "ergon.sqlite").create_run("m", "builtin", {})
    one_line_error(invoke("leaderboard", "--out", str(tmp_path), "--suite", "nope"),
                   "no runs of suite 'nope'", "suites with runs: builtin")


def test_unusable_results_directory(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    one_line_error(invoke("run", "--task", "dedupe", "-e", "local", "--out", str(tmp_path / "file" / "out")),
                   "cannot create the results directory")


def test_end_to_end_samples_run_export_and_formats(tmp_path: Path) -> None:
    samples = tmp_path / "s.jsonl"
    samples.write_text(json.dumps({"task_id": "dedupe", "solution": "def dedupe(xs):\n    return list(dict.fromkeys(xs))"}) + "\n")
    out = str(tmp_path / "out")
    result = invoke("run", "--model", f"samples:{samples}", "--task", "dedupe", "-e", "local", "--out", out,
                    "--timing-repeats", "1")
    assert result.exit_code == 0, result.output
    assert "| samples:" in result.output and "100.0 [100.0, 100.0]" in result.output
    for fmt, marker in (("md", "| model |"), ("csv", "model,suite"), ("json", '"dps"'), ("html", "<table>")):
        shown = invoke("leaderboard", "--out", out, "--format", fmt)
        assert shown.exit_code == 0 and marker in shown.output
    run_id = json.loads(invoke("leaderboard", "--out", out, "--format", "json").output)[0]["run_id"]
    rows = [json.loads(line) for line in invoke("export", run_id, "--out", out).output.splitlines()]
    assert rows[0]["verdict"] == "pass" and rows[0]["measurement"]["instructions"] > 0
    assert rows[0]["provenance"]["counter"] in ("perf", "qemu-host", "callgrind")


def test_doctor_reports_backends() -> None:
    result = invoke("doctor")
    assert "counter: callgrind" in result.output and "counter: perf" in result.output
    assert "counter: qemu-host" in result.output
    assert "automatic counter: python" in result.output and "perf → qemu-host → callgrind" in result.output
    assert result.exit_code == 0
