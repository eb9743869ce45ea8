"""The package import graph has the shape the architecture fixes: one way, no cycles.

Every ``import`` in the project's packages (module level or inside a function) is an edge
between top-level packages; each package may import only the packages below it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("metrics", "sandboxes", "tasks", "harness", "leaderboards", "agents")
ALLOWED: dict[str, set[str]] = {
    "metrics": set(),  # pure functions over plain numbers
    "sandboxes": set(),  # runs jobs and measures them; knows nothing of tasks, verdicts or models
    "tasks": set(),  # declaring a suite needs nothing else
    "harness": {"tasks", "sandboxes", "metrics"},
    "leaderboards": {"harness", "tasks", "metrics"},  # reads stored results, never runs anything
    "agents": {"harness", "tasks", "sandboxes", "metrics"},
}
IN_SANDBOX = {ROOT / "harness/languages/python/runner.py", ROOT / "harness/languages/asm/payload/runner.py"}
"""Runners ship into the sandbox alone and import nothing of the project by construction."""


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found & set(PACKAGES)


def package_edges() -> dict[str, dict[str, list[str]]]:
    """package -> imported package -> the modules that import it."""
    edges: dict[str, dict[str, list[str]]] = {p: {} for p in PACKAGES}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            for target in imports_of(path) - {package}:
                edges[package].setdefault(target, []).append(str(path.relative_to(ROOT)))
    return edges


def test_every_edge_points_down() -> None:
    wrong = [f"{source} -> {target} ({', '.join(mods)})" for source, targets in package_edges().items()
             for target, mods in targets.items() if target not in ALLOWED[source]]
    assert not wrong, "upward or sideways imports:\n" + "\n".join(wrong)


def test_no_import_cycle_between_packages() -> None:
    edges = {source: set(targets) for source, targets in package_edges().items()}

    def visit(node: str, path: tuple[str, ...]) -> None:
        assert node not in path, f"cycle: {' -> '.join(path + (node,))}"
        for nxt in edges[node]:
            visit(nxt, path + (node,))

    for package in PACKAGES:
        visit(package, ())


@pytest.mark.parametrize("runner", sorted(IN_SANDBOX), ids=lambda p: str(p.relative_to(ROOT)))
def test_sandbox_runners_import_nothing_of_the_project(runner: Path) -> None:
    assert imports_of(runner) == set()


def test_the_check_fails_on_an_upward_import(tmp_path: Path) -> None:
    bad = tmp_path / "m.py"
    bad.write_text("def f():\n    from harness.store import Store\n")
    assert imports_of(bad) == {"harness"}
