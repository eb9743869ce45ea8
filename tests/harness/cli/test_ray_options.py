"""``--ray-address`` on the command line, without a cluster (the cluster tests are in tests/sandboxes/test_ray_executor.py)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from harness.cli import main


def test_a_ray_address_with_another_executor_is_refused_in_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["run", "--out", str(tmp_path), "-e", "local", "--ray-address", "auto",
                                       "--task", "dedupe"])
    assert result.exit_code == 1
    assert result.output.strip() == "Error: --ray-address is for --executor ray, not local"
    assert not (tmp_path / "ergon.sqlite").exists()  # refused before anything is stored


def test_an_unknown_node_sandbox_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["run", "--out", str(tmp_path), "-e", "ray", "--ray-sandbox", "vm"])
    assert result.exit_code == 2 and "'vm' is not one of 'local', 'docker'" in result.output
