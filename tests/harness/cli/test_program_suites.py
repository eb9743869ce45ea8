"""PIE through the CLI from a local download: an edit run of C++ programs, shown with PIE's own metric."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import harness.languages.native  # noqa: F401  (registers cpp until the entry points are installed)
import tasks.loaders.pie  # noqa: F401
from harness.cli import main

from tests.tasks.loaders.program_fixtures import PIE_FAST, PIE_MID, PIE_SLOW, pie_row, write_pie_dir


def cells(output: str, model: str) -> dict[str, str]:
    header = next(line for line in output.splitlines() if line.startswith("| model"))
    row = next(line for line in output.splitlines() if line.startswith(f"| {model} "))
    return dict(zip([c.strip() for c in header.split("|")], [c.strip() for c in row.split("|")]))


def test_a_pie_directory_without_test_cases_is_refused_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "test.jsonl").write_text("")
    result = CliRunner().invoke(main, ["tasks", "list", "--suite", "pie", "--suite-source", str(tmp_path)])
    assert result.exit_code != 0 and "merged_test_cases/" in result.output and "Traceback" not in result.output


@pytest.mark.slow  # three C++ tiers and two baselines built and counted under callgrind: ~40 s on a busy 2-core VM
@pytest.mark.needs("valgrind", "g++", "bwrap")
def test_pie_edit_run_reports_speedup_best_and_opt(tmp_path: Path) -> None:
    folder = write_pie_dir(tmp_path / "pie", [pie_row(PIE_SLOW, PIE_MID), pie_row(PIE_MID, PIE_FAST, src_t=2.0, tgt_t=1.0)])
    result = CliRunner().invoke(main, ["run", "--suite", "pie", "--suite-source", str(folder), "--kind", "edit",
                                       "-e", "local", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    fastest, slowest = cells(result.output, "reference:fastest"), cells(result.output, "reference:slowest")
    assert slowest["speedup_best@1 (PIE)"].startswith("1.000 ") and slowest["%opt@1 (PIE, >=1.10×) %"].startswith("0.0 ")
    assert float(fastest["speedup_best@1 (PIE)"].split()[0]) > 1.1
    assert fastest["%opt@1 (PIE, >=1.10×) %"].startswith("100.0 ")
