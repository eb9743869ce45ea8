"""The Python runner's own decisions, without a sandbox: what its parent makes of the qemu plugin's
counts (``_qemu_counts``), and how a child words an exception (``_error_text``) and names a failed
import (``_load_status``).

``qemu/honest_dedupe.qemu-roi.out`` is genuine: the plugin's file of a real qemu-host measuring run of
an honest ``dedupe`` (``list(dict.fromkeys(xs))``) on the job's three inputs, copied by a wrapper around
the parent's ``_qemu_counts`` in the local sandbox (the child's pid there was 3).  The forgeries below are
that file with one thing changed, as a candidate that reached the shim's markers, or left a thread
running, or the file, would leave it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

import tasks.canonical

# the runner's sibling in the sandbox (``from canonical import ...``), the same module here: no tasks/ on sys.path,
# where its other modules would shadow top-level names
sys.modules.setdefault("canonical", tasks.canonical)
from harness.languages.python.runner import (QEMU_OUT, Sealed, _compiled, _define, _error_text,  # noqa: E402
                                             _load_status, _qemu_counts)

GENUINE = (Path(__file__).with_name("qemu") / "honest_dedupe.qemu-roi.out").read_text()
PID = 3
LABELS = ["perf", "n=1000", "n=500"]  # the job's order: the scored input, then the scales, largest first
SPANS = {"ergon-warm-up": 10515, "ergon-empty": 9944, "perf": 974956, "n=1000": 491660, "n=500": 247460}


def report(labels: list[str] = LABELS) -> dict[str, Any]:
    """The child's report as the parent decoded it (its keys sorted, as the child's encoder writes them)."""
    regions = {label: {"output": [i, -i], "status": "ok"} for i, label in enumerate(labels)}
    return {"rechecked": [], "regions": dict(sorted(regions.items())), "status": "ok"}


def lines_with(*changes: tuple[int, str | None]) -> str:
    """The genuine file with line ``i`` replaced (``None``: removed; negative: from the end)."""
    lines = GENUINE.splitlines()
    for i, new in changes:
        lines[i] = new  # type: ignore[call-overload]
    return "".join(f"{line}\n" for line in lines if line is not None)


def header(text: str, marks: int) -> str:
    """``text`` with its ``marks`` line saying ``marks`` (as the plugin counts the markers it saw)."""
    return text.replace(GENUINE.splitlines()[0], f"marks {marks}", 1)


@pytest.fixture
def plugin_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Write the plugin's file for the child ``PID`` into the parent's directory; run ``_qemu_counts``."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / f"{QEMU_OUT}.{PID}"

    def run(text: str | None, rep: dict[str, Any] | None = None, labels: list[str] = LABELS) -> tuple[Any, dict[str, Any]]:
        if text is not None:
            path.write_text(text)
        rep = report() if rep is None else rep
        return _qemu_counts(PID, rep, list(labels)), rep

    run.path = path  # type: ignore[attr-defined]
    return run


def test_a_genuine_file_gives_each_region_its_count_and_the_empty_regions(plugin_file) -> None:
    problem, rep = plugin_file(GENUINE)
    assert problem is None
    assert rep["regions"] == {label: {"output": [i, -i], "status": "ok", "empty_count": SPANS["ergon-empty"],
                                      "count": SPANS[label]} for i, label in enumerate(LABELS)}
    assert rep["status"] == "ok" and rep["rechecked"] == []
    assert not plugin_file.path.exists()  # read once: a later child given the same pid cannot find it


def test_a_run_that_stopped_early_counts_the_regions_it_reported(plugin_file) -> None:
    """The scored input failed (no scale input ran): its region is still counted and tied to it."""
    text = header(lines_with((7, None), (8, None), (9, None), (10, None)), 6)
    rep = report(["perf"])
    rep["regions"]["perf"] = {"error": "ValueError: no", "status": "error"}
    problem, rep = plugin_file(text, rep)
    assert problem is None
    assert rep["regions"] == {"perf": {"error": "ValueError: no", "status": "error", "empty_count": 9944,
                                       "count": 974956}}


@pytest.mark.parametrize("marks", [4, 2])
def test_a_report_without_regions_needs_only_markers_in_order(plugin_file, marks: int) -> None:
    """A candidate that failed to compile: the warm-up and empty regions ran (or fewer, for a child that
    died first), and the report names no region to count."""
    text = header(lines_with(*((i, None) for i in range(1 + marks, 11))), marks)
    failed = {"error": "SyntaxError: invalid syntax (candidate.py, line 1)", "status": "syntax-error"}
    assert plugin_file(text, dict(failed)) == (None, failed)
    assert not plugin_file.path.exists()


def test_empty_regions_are_not_counted(plugin_file) -> None:
    rep = {"regions": {}, "status": "ok"}
    text = header(lines_with(*((i, None) for i in range(5, 11))), 4)
    assert plugin_file(text, rep) == (None, {"regions": {}, "status": "ok"})


@pytest.mark.parametrize("regions", [["perf", "n=1000", "n=500"], "perf n=1000 n=500"])
def test_regions_that_are_not_a_mapping_are_left_to_the_host(plugin_file, regions: Any) -> None:
    """Not the runner's report (the host's schema refuses it): nothing to count, and no crash here."""
    rep = {"regions": regions, "status": "ok"}
    assert plugin_file(GENUINE, rep) == (None, {"regions": regions, "status": "ok"})


def test_no_file_or_a_link_is_a_measure_error_and_a_link_is_not_followed(plugin_file, tmp_path: Path) -> None:
    name = f"{QEMU_OUT}.{PID}"
    expected = {"status": "measure-error", "error": f"the qemu plugin wrote no counts ({name})"}
    assert plugin_file(None) == (expected, report())
    elsewhere = tmp_path / "forged"
    elsewhere.write_text(GENUINE)
    plugin_file.path.symlink_to(elsewhere)
    problem, rep = plugin_file(None)
    assert (problem, rep) == (expected, report())  # no count taken from the link's target
    assert elsewhere.read_text() == GENUINE


@pytest.mark.parametrize("text", [
    lines_with((3, "begin 72679422 extra")),  # a line of three words
    lines_with((3, "begin 0x100")),  # not a decimal count
    lines_with((0, "marks ten")),
    lines_with((0, "marks")),
    lines_with((11, None)),  # no unjoined line
    lines_with((11, "unjoined 0\nunjoined 0")),  # two
    lines_with((11, "unjoined")),
    "",
], ids=["three-words", "hex", "marks-not-a-number", "marks-alone", "no-unjoined", "two-unjoined", "unjoined-alone",
        "empty"])
def test_garbage_is_not_the_plugins_file(plugin_file, text: str) -> None:
    problem, rep = plugin_file(text)
    assert problem == {"status": "measure-error", "error": f"{QEMU_OUT}.{PID} is not the qemu plugin's"}
    assert rep == report()  # nothing counted


@pytest.mark.parametrize("unjoined", [1, 7])
def test_a_thread_running_at_a_marker_is_tampering(plugin_file, unjoined: int) -> None:
    problem, rep = plugin_file(lines_with((11, f"unjoined {unjoined}")))
    assert problem == {"status": "tampered", "error": f"threads still ran at {unjoined} region markers: the "
                                                      "candidate's threads must end within its call"}
    assert rep == report()


def order_error(executed: int, kinds: str) -> dict[str, str]:
    return {"status": "tampered", "error": f"region markers ran out of order ({executed} executed: {kinds}): "
                                           "only the runner may open or close a region"}


def test_an_extra_begin_is_tampering_whatever_the_child_reported(plugin_file) -> None:
    """The candidate executed the shim's begin marker once inside its call."""
    text = header(lines_with((6, "begin 72970000\nend 73935624")), 11)
    assert plugin_file(text)[0] == order_error(11, "begin end begin end begin begin end begin")


def test_a_missing_end_is_tampering(plugin_file) -> None:
    text = header(lines_with((6, None)), 9)
    assert plugin_file(text)[0] == order_error(9, "begin end begin end begin begin end begin")


def test_an_end_first_is_tampering(plugin_file) -> None:
    text = lines_with((1, "end 72577754"), (2, "begin 72588269"))
    assert plugin_file(text)[0] == order_error(10, "end begin begin end begin end begin end")


def test_markers_the_plugin_saw_but_did_not_list_are_tampering(plugin_file) -> None:
    """The file's own count of executed markers disagrees with the markers it lists, in order or not."""
    assert plugin_file(header(GENUINE, 12))[0] == order_error(12, "begin end begin end begin end begin end")
    assert plugin_file(header(GENUINE, 9))[0] == order_error(9, "begin end begin end begin end begin end")


def test_a_file_without_its_marks_line_is_tampering(plugin_file) -> None:
    """No header: the markers it lists are not the plugin's count, even with none listed at all."""
    text = lines_with((0, "begin 1"))
    assert plugin_file(text)[0] == order_error(-1, "begin end begin end begin end begin end")
    no_marks = "total 5\nunjoined 0\n"
    assert plugin_file(no_marks, {"status": "syntax-error"})[0] == order_error(-1, "")


def test_the_markers_are_not_read_from_the_header(plugin_file) -> None:
    """A first line that is a marker is the header's place: no marker is taken from it."""
    text = lines_with((0, "begin 5"))
    assert plugin_file(text, {"status": "load-error"})[0] == order_error(-1, "begin end begin end begin end begin end")
    text = lines_with((0, "unjoined 0"))
    assert plugin_file(text, {"status": "load-error"})[0] == order_error(-1, "begin end begin end begin end begin end")


@pytest.mark.parametrize("pairs,regions", [(6, 3), (4, 3), (5, 2), (5, 4)])
def test_one_region_per_reported_input_plus_the_leading_two(plugin_file, pairs: int, regions: int) -> None:
    """In order, but one region more or fewer than the child reported: a region the candidate opened
    and closed itself, or a report that does not match what ran."""
    marks = [line for line in GENUINE.splitlines() if line.split()[0] in ("begin", "end")]
    marks = (marks + ["begin 79000000", "end 79000100"])[:2 * pairs]
    text = "".join(f"{line}\n" for line in [f"marks {2 * pairs}", *marks, "unjoined 0", "total 94397982"])
    labels = [*LABELS, "n=250"][:regions]
    problem, rep = plugin_file(text, report(labels), [*LABELS, "n=250"])
    assert problem == {"status": "tampered", "error": f"{2 * pairs} region markers for {regions} counted regions"}
    assert all("count" not in r for r in rep["regions"].values())


@pytest.mark.parametrize("reported", [["n=1000", "n=500"], ["perf", "n=500"], ["perf", "bogus"]])
def test_the_counted_regions_must_be_the_jobs_first_inputs(plugin_file, reported: list[str]) -> None:
    """Two regions counted: they belong to the job's first two inputs and no others."""
    text = header(lines_with((9, None), (10, None)), 8)
    problem, rep = plugin_file(text, report(reported))
    assert problem == {"status": "measure-error", "error": "the counted regions are not the job's inputs in order"}
    assert all("count" not in r for r in rep["regions"].values())


# -- a child's account of an exception -------------------------------------------------------------

class Loud(Exception):
    pass


class Mute(Exception):
    def __str__(self) -> str:
        raise RuntimeError("no")


class Stray(Exception):
    __module__ = 5  # type: ignore[assignment]


def raised(source: str) -> BaseException:
    try:
        exec(compile(source, "candidate.py", "exec"), {"__name__": "candidate"})
    except BaseException as exc:
        return exc
    raise AssertionError("nothing raised")


def test_an_exception_reads_as_a_tracebacks_last_line() -> None:
    assert _error_text(ValueError("bad input")) == "ValueError: bad input"
    assert _error_text(raised("{}['k']")) == "KeyError: 'k'"
    assert _error_text(ValueError()) == "ValueError"
    assert _error_text(ValueError("")) == "ValueError"
    assert _error_text(Loud("x")) == f"{__name__}.Loud: x"
    assert _error_text(raised("import json\njson.loads('{')")).startswith(
        "json.decoder.JSONDecodeError: Expecting property name")
    main = type("Local", (Exception,), {"__module__": "__main__"})
    assert _error_text(main("m")) == "Local: m"
    assert _error_text(Stray("s")) == "<unknown>.Stray: s"


def test_a_syntax_error_names_its_place() -> None:
    exc = raised("def f(:\n    pass\n")
    assert isinstance(exc, SyntaxError)
    assert _error_text(exc) == f"SyntaxError: {exc.msg} (candidate.py, line 1)"
    assert _error_text(raised("x = 1\n  y = 2\n")) == "IndentationError: unexpected indent (candidate.py, line 2)"


def test_what_the_candidate_chose_cannot_break_the_report() -> None:
    assert _error_text(ValueError("\ud800 lone")) == "ValueError: ? lone"
    assert _error_text(Mute()) == f"{__name__}.Mute: <exception str() failed>"
    long = _error_text(ValueError("a" * 3000 + "the end"))
    assert len(long) == 2000 and long == ("a" * 3000 + "the end")[-2000:]
    assert _error_text(ValueError("a" * 1988)) == "ValueError: " + "a" * 1988  # 2000 characters: whole


def test_a_failed_import_is_named_by_what_it_raised() -> None:
    syntax = raised("def f(:\n")
    assert _load_status(syntax) == {"status": "syntax-error", "error": _error_text(syntax)}
    with pytest.raises(LookupError) as missing:
        _define(_compiled("def other(): pass\n", "candidate.py"), {}, "dedupe")
    assert _load_status(missing.value) == {"status": "no-entry-point"}
    assert _load_status(raised("{}['k']")) == {"status": "no-entry-point"}  # a KeyError at import: a LookupError
    assert _load_status(Sealed("ctypes is sealed")) == {"status": "tampered", "error": "ctypes is sealed"}
    assert _load_status(raised("raise MemoryError")) == {"status": "resource",
                                                         "error": "MemoryError while loading the candidate"}
    assert _load_status(raised("def f(): f()\nf()")) == {"status": "recursion",
                                                       "error": "RecursionError while loading the candidate"}
    assert _load_status(raised("1 / 0")) == {"status": "load-error", "error": "ZeroDivisionError: division by zero"}
    assert _load_status(raised("import os\nos.listdir('/nonexistent-ergon')"))["status"] == "load-error"
    assert _load_status(raised("raise SystemExit(3)")) == {"status": "load-error", "error": "SystemExit: 3"}
