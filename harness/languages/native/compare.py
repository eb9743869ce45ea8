"""Whether a program's standard output is the expected one, by the rule of the benchmark it
comes from.  The rule is named in the task (``assets["compare"]``), so that a suite is judged
the way its authors judged it:

``pie``     PIE's ``get_accuracy`` (``gem5/benchmarking.py`` in LearningOpt/pie at commit
            eb3d72bc4f3c9095d0f62506340bc8ca0ef27b09): both texts stripped and split into lines;
            line ``i`` of the output matches line ``i`` of the expected text when equal, or when
            both parse as floats within 1e-3 of each other; accuracy is the share of expected lines
            matched (extra output lines are never looked at), and a test passes at accuracy 1.
``judge0``  Judge0's verdict, which ECCO's ``evaluation/utils.py`` uses (status 3, Accepted;
            Judge0's ``isolate_job.rb``: ``split("\n").collect(&:rstrip).join("\n").rstrip``):
            trailing whitespace removed from every line and then from the whole text, then equal
            (leading blank lines still count).
``coffe``   COFFE's ``is_equal`` on a program's captured standard output (``coffe/code_execution.py``
            in JohnnyPeng18/Coffe at 7979acb): equal, or equal once every newline, space, ``[`` and
            ``]`` is deleted from both texts.
``tokens``  (Ergon's default) the whitespace-separated tokens are equal, or both floats within the
            task's ``float_tolerance`` (relative or absolute).
"""

from __future__ import annotations

import math
from typing import Callable

PIE_TOLERANCE = 1e-3


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def pie_accuracy(output: str, expected: str) -> float:
    """PIE's accuracy of ``output`` against ``expected`` (0–1)."""
    want = expected.strip().splitlines()
    got = output.strip().splitlines()
    correct = 0
    for g, w in zip(got, want):
        ok = g == w
        if not ok:
            gf, wf = _float(g), _float(w)
            ok = gf is not None and wf is not None and abs(gf - wf) < PIE_TOLERANCE
        correct += ok
    return correct / len(want) if want else 1.0


def _judge0(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.split("\n")).rstrip()


def _tokens_equal(output: str, expected: str, tolerance: float) -> bool:
    got, want = output.split(), expected.split()
    if len(got) != len(want):
        return False
    for g, w in zip(got, want):
        if g == w:
            continue
        gf, wf = _float(g), _float(w)
        if gf is None or wf is None or not (math.isfinite(gf) and math.isfinite(wf)):
            return False
        if not math.isclose(gf, wf, rel_tol=tolerance, abs_tol=tolerance) or tolerance == 0:
            return False
    return True


_COFFE_IGNORED = str.maketrans("", "", "\n []")


def _coffe_equal(output: str, expected: str) -> bool:
    return output == expected or output.translate(_COFFE_IGNORED) == expected.translate(_COFFE_IGNORED)


RULES: dict[str, Callable[[str, str, float], bool]] = {
    "pie": lambda out, exp, tol: pie_accuracy(out, exp) == 1.0,
    "judge0": lambda out, exp, tol: _judge0(out) == _judge0(exp),
    "coffe": lambda out, exp, tol: _coffe_equal(out, exp),
    "tokens": _tokens_equal,
}


def matches(output: str, expected: str, rule: str = "tokens", tolerance: float = 0.0) -> bool:
    """Whether ``output`` passes against ``expected`` under ``rule`` (see the module's docstring)."""
    if rule not in RULES:
        raise ValueError(f"unknown output rule {rule!r} (choose from {', '.join(RULES)})")
    return RULES[rule](output, expected, tolerance)
