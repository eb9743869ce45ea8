"""Samples files in the evalplus format: ``solution`` is the whole program, ``completion`` follows the prompt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.providers import ModelSpecError, read_samples_file


def write(path: Path, *rows: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_completion_is_appended_to_the_prompt_and_solution_is_taken_whole(tmp_path: Path) -> None:
    prompt = "def f(x):\n    \"\"\"Double x.\"\"\"\n"
    samples = write(tmp_path / "s.jsonl",
                    {"task_id": "T/0", "completion": "    return 2 * x\n"},
                    {"task_id": "T/0", "solution": "def f(x):\n    return x + x\n"},
                    {"task_id": "T/0", "solution": "def f(x):\n    return x << 1\n", "completion": "ignored"})
    rows = read_samples_file(samples, {"T/0": prompt})
    assert rows["T/0"] == [prompt + "    return 2 * x\n", "def f(x):\n    return x + x\n", "def f(x):\n    return x << 1\n"]


def test_a_completion_without_known_prompts_or_a_row_without_code_is_refused(tmp_path: Path) -> None:
    samples = write(tmp_path / "s.jsonl", {"task_id": "T/0", "completion": "    return 1\n"})
    with pytest.raises(ModelSpecError, match=r"s.jsonl:1: a \"completion\" row needs its task's prompt"):
        read_samples_file(samples, None)
    empty = write(tmp_path / "e.jsonl", {"task_id": "T/0", "completion": 3})
    with pytest.raises(ModelSpecError, match=r"e.jsonl:1: row for 'T/0' has no string \"solution\" or \"completion\""):
        read_samples_file(empty, {"T/0": ""})
