"""Output rules against hand-checked cases of each benchmark's own comparison."""

from __future__ import annotations

import pytest

from harness.languages.native.compare import matches, pie_accuracy


def test_pie_compares_lines_with_an_absolute_float_tolerance() -> None:
    assert matches("1.0001\n2\n", "1.0\n2", "pie")  # |1.0001 - 1.0| < 1e-3
    assert not matches("1.01\n2\n", "1.0\n2", "pie")
    assert not matches("1 2 \n", "1 2\n3\n", "pie")  # a missing line is a wrong line
    assert matches("1 2\n3\nextra\n", "1 2\n3", "pie")  # PIE zips: extra output lines are never looked at
    assert not matches("1  2\n", "1 2\n", "pie")  # inner whitespace is part of the line
    assert pie_accuracy("a\nx\n", "a\nb\n") == 0.5


def test_judge0_ignores_trailing_blanks_only() -> None:
    assert matches("5050  \n\n\n", "5050\n", "judge0")
    assert not matches("\n5050\n", "5050\n", "judge0")  # Judge0 right-strips only
    assert not matches("50 50\n", "5050\n", "judge0")


def test_tokens_with_tolerance() -> None:
    assert matches("1   2\n3.0000001", "1 2 3", "tokens", 1e-6)
    assert not matches("1 2 3.1", "1 2 3", "tokens", 1e-6)
    assert not matches("1 2", "1 2 3", "tokens")
    with pytest.raises(ValueError, match="unknown output rule"):
        matches("", "", "nope")
