"""``ergon optimize FILE::FUNCTION``: the real CLI, the scripted server, the local executor (bwrap)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
from click.testing import CliRunner

import agents.cli  # noqa: F401  (registers `ergon optimize`, as the ergon.commands entry point does)
from agents.own_code import CannotIsolate, load_function, parse_inputs, rewritten
from harness.cli import main
from harness.endpoints.scripted_server import FakeOpenAIServer

HERE = Path(__file__).parent
ROOT = HERE.parent.parent

MODULE = '''"""My statistics."""
from itertools import combinations

SCALE = 3


def equal_pairs(xs: list[int]) -> int:
    count = 0
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] == xs[j]:
                count += 1
    return count


def scaled(x: int) -> int:
    return x * SCALE


def noisy(x: int) -> int:
    print(x)
    return x


def unrelated() -> int:
    return len(list(combinations([1, 2, 3], 2)))
'''
LINEAR = ("from collections import Counter\n\n\ndef equal_pairs(xs: list[int]) -> int:\n"
          "    return sum(c * (c - 1) // 2 for c in Counter(xs).values())\n")
WRONG = "def equal_pairs(xs: list[int]) -> int:\n    return len(xs) - len(set(xs))\n"


@pytest.fixture()
def module(tmp_path: Path) -> Path:
    path = tmp_path / "stats.py"
    path.write_text(MODULE)
    return path


def cli(*args: str, server: FakeOpenAIServer | None = None, out: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ERGON_API_KEY": "sk-test", "PYTHONPATH": f"{ROOT}{os.pathsep}{HERE}", "COLUMNS": "200"}
    url = ["--base-url", server.url] if server else []
    return subprocess.run([sys.executable, str(HERE / "ergon_cli.py"), "optimize", *args, "--model", "openai:m", *url,
                           "--out", str(out), "-e", "local"], capture_output=True, text=True, timeout=900, env=env)


@pytest.mark.parametrize(("name", "why"), [
    ("scaled", "reads module-level name(s) SCALE"),
    ("noisy", "calls print()"),
    ("missing", "has no module-level function 'missing'"),
])
def test_a_function_that_cannot_be_isolated_is_refused_in_one_line(module: Path, tmp_path: Path, name: str,
                                                                  why: str) -> None:
    result = CliRunner().invoke(main, ["optimize", f"{module}::{name}", "--input", "3", "--model", "openai:m",
                                       "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert why in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert module.read_text() == MODULE


def test_isolation_keeps_the_imports_and_rewriting_replaces_only_the_function(module: Path) -> None:
    fn = load_function(f"{module}::unrelated")
    assert fn.source.startswith("from itertools import combinations\n") and "def unrelated" in fn.source
    assert "SCALE" not in fn.source and "def equal_pairs" not in fn.source
    new = rewritten(load_function(f"{module}::equal_pairs"), "from itertools import combinations\n" + LINEAR)
    assert new.count("from itertools import combinations") == 1 and "from collections import Counter" in new
    assert "for j in range" not in new and "def scaled" in new and new.startswith('"""My statistics."""')
    assert parse_inputs(("([1, 2] * 3,)", "5")) == [[[1, 2, 1, 2, 1, 2]], [5]]
    with pytest.raises(CannotIsolate, match="PATH.py::FUNCTION"):
        load_function(str(module))


def responder(body: dict[str, Any], index: int) -> str:
    """The linear rewrite first; asked again (to improve it), a wrong one."""
    shown = [m["content"] for m in body["messages"] if m["role"] == "assistant"]
    return f"```python\n{WRONG if shown and 'Counter' in shown[-1] else LINEAR}```"


@pytest.fixture()
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(responder=responder, supports_n=False) as srv:
        yield srv


@pytest.mark.slow
@pytest.mark.needs("bwrap", "valgrind")
def test_optimize_returns_the_linear_version_with_evidence_and_writes_only_when_asked(
        module: Path, tmp_path: Path, server: FakeOpenAIServer) -> None:
    """Tens of seconds: the original and each candidate are checked and counted under callgrind."""
    out = tmp_path / "out"
    args = (f"{module}::equal_pairs", "--input", "([i % 7 for i in range(120)],)", "--budget", "iterations=2")
    shown = cli(*args, "--input", "([1, 2, 1] * 20,)", "--bench", server=server, out=out)
    assert shown.returncode == 0, shown.stderr
    assert "+from collections import Counter" in shown.stdout and "-            if xs[i] == xs[j]:" in shown.stdout
    assert module.read_text() == MODULE  # not without --write
    evidence = next(line for line in shown.stdout.splitlines() if line.startswith("equivalence:"))
    agreed, checked = (int(w) for w in evidence.split()[1:4:2])
    assert agreed == checked > 20 and "held out" in evidence
    before, after = (int(w.replace(",", "")) for w in shown.stdout.split("instructions on input 0: ")[1].split()[:3:2])
    assert after < before / 3
    prompts = " ".join(m["content"] for r in server.requests for m in r.body["messages"])
    assert "for j in range(i + 1, len(xs))" in prompts  # the original was shown to the model

    # --bench: each of your inputs counted and timed for both versions, and the evidence per kind of input
    bench = {cells[0]: cells[1:] for line in shown.stdout.splitlines()
             if len(cells := [c.strip() for c in line.strip("│ ").split("│")]) > 2}
    first, second = bench["input 0"], bench["input 1"]
    assert int(first[0].replace(",", "")) == before and int(first[1].replace(",", "")) == after
    assert int(second[1].replace(",", "")) < int(second[0].replace(",", "")) / 2 and second[2].endswith("×")
    assert all(float(ms) > 0 for ms in (*first[3:5], *second[3:5]))
    assert bench["yours"] == ["2", "2"]
    shown_n, held_n = int(bench["drawn, shown to the agent"][0]), int(bench["drawn, held out"][0])
    assert bench["drawn, held out"][1] == str(held_n) and held_n > shown_n > 0
    assert shown_n + held_n + 2 + 1 == checked  # every input, plus the counted one, as the summary line says

    written = cli(*args, "--write", server=server, out=out)
    assert written.returncode == 0, written.stderr
    text = module.read_text()
    assert "Counter(xs)" in text and "def scaled" in text and "for j in range" not in text
    namespace: dict[str, Any] = {}
    exec(compile(text, str(module), "exec"), namespace)  # the rewritten module still imports and works
    assert namespace["equal_pairs"]([1, 1, 2, 1]) == 3
