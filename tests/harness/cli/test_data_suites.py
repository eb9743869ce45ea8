"""Public benchmarks' suites through the CLI: read from a local copy, run, shown with their authors' metric."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import tasks.loaders.evalplus  # noqa: F401  (registers the suites until the entry points are installed)
from harness.cli import main
from harness.store import Store

from tests.tasks.loaders.evalplus_fixtures import write_evalplus_dir


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def test_tasks_list_names_data_suites_without_reading_them() -> None:
    result = invoke("tasks", "list")
    assert result.exit_code == 0 and "dedupe" in result.output
    assert "data suites" in result.output and "evalperf" in result.output and "HumanEval/" not in result.output


def test_tasks_list_and_show_read_a_local_copy(tmp_path: Path) -> None:
    folder = write_evalplus_dir(tmp_path / "ep")
    listed = invoke("tasks", "list", "--suite", "evalperf", "--suite-source", str(folder))
    assert listed.exit_code == 0, listed.output
    assert "HumanEval/0" in listed.output and "ref0 → ref1 → ref2" in listed.output
    assert "rows: 2, tasks: 2" in listed.output  # Mbpp/2's tuple inputs travel tagged
    plus = invoke("tasks", "list", "--suite", "humanevalplus", "--suite-source", str(folder / "humanevalplus.jsonl"))
    assert "rows: 3, tasks: 2" in plus.output and "cross-checks a reference function" in plus.output  # left out, and why
    shown = invoke("tasks", "show", "HumanEval/0", "--suite", "evalperf", "--suite-source", str(folder),
                   "--out", str(tmp_path / "out"))
    assert shown.exit_code == 0 and "entry point: total" in shown.output


@pytest.mark.slow  # three reference tiers counted under callgrind: ~20 s of CPU, a minute on a busy 2-core VM
def test_run_evalperf_from_a_local_copy_shows_dps_with_the_datasets_scores(tmp_path: Path) -> None:
    folder = write_evalplus_dir(tmp_path / "ep")
    out = tmp_path / "out"
    result = invoke("run", "--suite", "evalperf", "--suite-source", str(folder), "--task", "HumanEval/0",
                    "--model", "reference:ref0", "-e", "local", "--out", str(out))
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if line.startswith("| model"))
    row = next(line for line in result.output.splitlines() if line.startswith("| reference:ref0"))
    cells = dict(zip([c.strip() for c in header.split("|")], [c.strip() for c in row.split("|")]))
    assert cells["DPS"].startswith("33.3 ")  # Ergon's: one tier of three
    assert cells["DPS (EvalPerf scores)"].startswith("20.0 ")  # EvalPerf's own score for its slowest reference
    assert cells["DPS_norm (EvalPerf)"].startswith("33.3 ")
    [info] = Store(out / "ergon.sqlite").runs()
    provenance = info.config["suite_provenance"]
    assert info.config["suite_source"] == str(folder) and provenance["rows_sha256"]
    (folder / "evalperf.jsonl").write_text((folder / "evalperf.jsonl").read_text().replace("20.0", "25.0"))
    resumed = invoke("run", "--out", str(out), "--resume", info.run_id)
    assert resumed.exit_code != 0 and "its data differs from the run's" in resumed.output


@pytest.mark.slow  # one reference and one sample counted under callgrind (~15 s on a busy 2-core VM)
def test_run_humanevalplus_with_evalplus_completions(tmp_path: Path) -> None:
    folder = write_evalplus_dir(tmp_path / "ep")
    samples = tmp_path / "samples.jsonl"
    samples.write_text(json.dumps({"task_id": "HumanEval/0", "completion": "    return sum(xs)\n"}) + "\n")
    out = tmp_path / "out"
    result = invoke("run", "--suite", "humanevalplus", "--suite-source", str(folder / "humanevalplus.jsonl"),
                    "--task", "HumanEval/0", "--model", f"samples:{samples}", "-e", "local", "--out", str(out))
    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if line.startswith("| samples:"))
    assert "| 100.0 [100.0, 100.0] |" in row  # prompt + completion passes every test


def test_a_data_suite_without_its_data_is_one_line(tmp_path: Path) -> None:
    result = invoke("run", "--suite", "evalperf", "--suite-source", str(tmp_path / "absent"), "-e", "local",
                    "--out", str(tmp_path / "out"))
    assert result.exit_code != 0
    lines = [line for line in result.output.strip().splitlines() if line]
    assert len(lines) == 1 and lines[0].startswith("Error: suite 'evalperf': no such file or directory"), result.output


@pytest.mark.slow  # the canonical tier and one sample counted under callgrind (~20 s on a busy 2-core VM)
def test_run_effibench_shows_net_and_nmu_beside_ergons_columns(tmp_path: Path) -> None:
    import tasks.loaders.effibench  # noqa: F401  (registers the suite until the entry points are installed)
    from tests.tasks.loaders.test_effibench import row, write

    source = write(tmp_path, [row(1)])
    result = invoke("run", "--suite", "effibench", "--suite-source", source, "--model", "reference:canonical",
                    "-e", "local", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if line.startswith("| model"))
    row_line = next(line for line in result.output.splitlines() if line.startswith("| reference:canonical"))
    cells = dict(zip([c.strip() for c in header.split("|")], [c.strip() for c in row_line.split("|")]))
    assert cells["NET (EffiBench)"].startswith("1.00")  # the canonical solution against itself
