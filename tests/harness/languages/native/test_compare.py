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


def test_pie_tolerance_is_strict_and_applies_only_when_both_lines_are_numbers() -> None:
    assert not matches("0.001\n", "0\n", "pie")  # |0.001 - 0| is not < 1e-3
    assert matches("0.0009\n", "0\n", "pie")
    assert not matches("abc\n", "1\n", "pie") and not matches("1\n", "abc\n", "pie")
    assert pie_accuracy("a\nx\ny\n", "a\nb\nc\nd\n") == 0.25  # out of the expected lines
    assert pie_accuracy("anything", "") == 1.0 and matches("anything", "", "pie")  # nothing expected: all matched
    assert not matches("1\n2\n", "1\n2.5\n", "pie")  # 3 of 4 right is not a pass


def test_tokens_compare_text_exactly_without_tolerance_and_numbers_within_it() -> None:
    assert not matches("1.0", "1", "tokens")  # no tolerance: the text itself
    assert matches("1.0", "1", "tokens", 1e-9)
    assert matches("1000001", "1000000", "tokens", 1e-6)  # relative
    assert matches("0.0000005", "0", "tokens", 1e-6)  # absolute
    assert not matches("0.000002", "0", "tokens", 1e-6)
    assert not matches("inf", "1e400", "tokens", 1e-6)  # both infinite: never "close"
    assert matches("nan", "nan", "tokens") and not matches("nan", "nan0", "tokens", 1e-6)
    assert not matches("x", "1", "tokens", 1e-6)


def test_coffe_ignores_newlines_spaces_and_brackets_only() -> None:
    assert matches("[1 2]\n", "12", "coffe") and matches("a b", "a b", "coffe") and not matches("[1, 2]", "12", "coffe")
    assert not matches("1,2", "1 2", "coffe") and not matches("1\t2", "12", "coffe") and not matches("(3)", "3", "coffe")


def test_judge0_keeps_leading_whitespace_of_a_line() -> None:
    assert not matches("  5050\n", "5050\n", "judge0")
    assert matches("a \nb\t\n", "a\nb", "judge0")


def test_an_unknown_rule_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="choose from pie, judge0, coffe, tokens"):
        matches("", "", "pie-ish")
