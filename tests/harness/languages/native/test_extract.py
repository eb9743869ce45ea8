"""Getting a program out of a reply: the last block in the language, main required in C and C++."""

from __future__ import annotations

from harness.languages.native.extract import extract_program
from tasks.results import Verdict

CPP = "#include <cstdio>\nint main() { puts(\"1\"); }\n"


def test_last_block_in_the_language_wins() -> None:
    reply = f"Slow one:\n```cpp\nint main() {{ return 1; }}\n```\nFaster:\n```c++\n{CPP}```\nDone."
    assert extract_program("cpp", reply).code == CPP


def test_native_program_needs_main() -> None:
    got = extract_program("cpp", "```cpp\nint helper() { return 1; }\n```")
    assert got.code is None and got.verdict == Verdict.NO_ENTRY_POINT
    assert extract_program("c", "no code here").verdict == Verdict.NO_CODE


def test_python_program_is_taken_whole_and_base_prefix_restored() -> None:
    assert extract_program("python-program", "```python\nprint(input())\n```").code == "print(input())\n"
    assert extract_program("python-program", "print(1)\n```", response_prefix="```python\n").code == "print(1)\n"
    assert extract_program("python-program", "   ").verdict == Verdict.NO_CODE
