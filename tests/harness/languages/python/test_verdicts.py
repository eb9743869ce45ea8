"""The verdict decides whether a sample counts at all: each way a check run ends must get its own.

Written against the public ``evaluate`` (and ``outputs``) only, with real candidates in the local sandbox, so the
tests hold whatever the runner and the evaluator look like inside.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from harness.languages import EvalContext
from harness.languages.python.evaluate import MAX_SOURCE_BYTES, evaluate, outputs
from sandboxes.executor import Job, JobResult
from sandboxes.local import LocalExecutor
from tasks.results import Verdict
from tasks.schema import Task

CORRECT = "    return list(dict.fromkeys(xs))\n"


def candidate(body: str, imports: str = "import os, signal, sys\n") -> str:
    return f"{imports}def dedupe(xs):\n{body}"


def with_a_bigger_scored_input(dedupe: Task) -> Task:
    """The task with a scored input longer than any test's, so a candidate can single it out."""
    longest = max(len(t.args[0]) for t in dedupe.tests)
    big = list(range(longest + 1000))
    return dedupe.model_copy(update={"perf_args": [big], "perf_expected": big})


def on_performance_input_only(dedupe: Task, body: str) -> str:
    """A candidate that is right on every test input and does ``body`` on the (larger) scored input."""
    longest = max(len(t.args[0]) for t in dedupe.tests)
    return candidate(f"    if len(xs) > {longest}:\n{body}" + CORRECT)


def test_true_where_one_is_expected_fails(dedupe: Task, check_only: EvalContext) -> None:
    code = candidate("    return [True if x == 1 else x for x in dict.fromkeys(xs)]\n")
    evaluation = evaluate(dedupe, code, check_only)
    assert evaluation.verdict == Verdict.FAIL and "wrong output" in evaluation.detail


def test_floats_where_ints_are_expected_pass(dedupe: Task, check_only: EvalContext) -> None:
    """1.0 == 1 numerically: a float answer to an int question is right (only bool is not a number)."""
    evaluation = evaluate(dedupe, candidate("    return [float(x) for x in dict.fromkeys(xs)]\n"), check_only)
    assert evaluation.verdict == Verdict.PASS, evaluation.detail


def test_wrong_answer_on_the_performance_input_alone_fails(dedupe: Task, check_only: EvalContext) -> None:
    evaluation = evaluate(with_a_bigger_scored_input(dedupe), on_performance_input_only(dedupe, "        return []\n"),
                          check_only)
    assert evaluation.verdict == Verdict.FAIL
    assert evaluation.detail.startswith("the scored input")
    assert evaluation.tests_passed == len(dedupe.tests) and evaluation.tests_total == len(dedupe.tests) + 1


def test_error_on_the_performance_input_alone_is_an_error(dedupe: Task, check_only: EvalContext) -> None:
    evaluation = evaluate(with_a_bigger_scored_input(dedupe),
                          on_performance_input_only(dedupe, "        raise KeyError('big')\n"), check_only)
    assert evaluation.verdict == Verdict.ERROR and "the scored input" in evaluation.detail
    assert evaluation.tests_passed == len(dedupe.tests)


def test_the_first_problem_decides(dedupe: Task, check_only: EvalContext) -> None:
    """Wrong on a test input and raising on the scored input: the first checked (the scored input) is reported."""
    code = on_performance_input_only(dedupe, "        raise KeyError('big')\n").replace(
        CORRECT, "    return list(reversed(list(dict.fromkeys(xs))))\n")
    evaluation = evaluate(with_a_bigger_scored_input(dedupe), code, check_only)
    assert evaluation.verdict == Verdict.ERROR and evaluation.detail.startswith("the scored input")
    assert evaluation.tests_passed < len(dedupe.tests)


@pytest.mark.parametrize(("body", "verdict"), [
    ("    os.kill(os.getpid(), signal.SIGXCPU)\n", Verdict.TIMEOUT),  # RLIMIT_CPU reached
    ("    signal.signal(signal.SIGXFSZ, signal.SIG_DFL)\n    os.kill(os.getpid(), signal.SIGXFSZ)\n",
     Verdict.RESOURCE),  # RLIMIT_FSIZE reached (Python ignores SIGXFSZ unless told otherwise)
    ("    os._exit(137)\n", Verdict.RESOURCE),  # SIGKILL as a shell or container init reports it
    ("    os.kill(os.getpid(), signal.SIGKILL)\n", Verdict.RESOURCE),  # what the OOM killer or a process limit sends
    ("    sys.stderr.write('OSError: [Errno 28] No space left on device\\n')\n    os._exit(1)\n", Verdict.RESOURCE),
    ("    sys.stderr.write('OSError: [Errno 27] File too large\\n')\n    os._exit(1)\n", Verdict.RESOURCE),
    ("    os.kill(os.getpid(), signal.SIGTERM)\n", Verdict.CRASH),
    ("    os._exit(3)\n", Verdict.CRASH),
    ("    os._exit(0)\n", Verdict.CRASH),  # left without a report
    ("    os.kill(os.getpid(), 40)\n", Verdict.CRASH),  # a real-time signal Python has no name for
], ids=["SIGXCPU", "SIGXFSZ", "exit 137", "SIGKILL", "disk full", "file too large", "SIGTERM", "exit 3", "exit 0 early",
        "signal 40"])
def test_how_a_check_run_ends_decides_the_verdict(body: str, verdict: Verdict, dedupe: Task,
                                                  check_only: EvalContext) -> None:
    evaluation = evaluate(dedupe, candidate(body), check_only)
    assert evaluation.verdict == verdict, evaluation.detail
    assert (evaluation.tests_passed, evaluation.tests_total) == (0, len(dedupe.tests) + 1)  # every check counts as failed


def test_crash_detail_names_the_cause(dedupe: Task, check_only: EvalContext) -> None:
    killed = evaluate(dedupe, candidate("    os.kill(os.getpid(), signal.SIGTERM)\n"), check_only)
    assert "SIGTERM" in killed.detail
    hung_up = evaluate(dedupe, candidate("    os.kill(os.getpid(), signal.SIGHUP)\n"), check_only)  # signal 1
    assert hung_up.detail == "the check run was killed by SIGHUP"
    silent = evaluate(dedupe, candidate("    os._exit(3)\n"), check_only)  # no last words: the runner's account
    assert silent.detail.startswith("the check run exited with 3 without a report: ") and "(exit 3)" in silent.detail
    exited = evaluate(dedupe, candidate("    sys.stderr.write('first\\nsecond\\nlast words\\n')\n    os._exit(3)\n"),
                      check_only)
    assert "exited with 3" in exited.detail and "last words" in exited.detail


def test_load_failures_say_why(dedupe: Task, check_only: EvalContext) -> None:
    syntax = evaluate(dedupe, "def dedupe(xs)\n    return xs\n", check_only)
    assert syntax.verdict == Verdict.SYNTAX_ERROR and "SyntaxError" in syntax.detail
    missing = evaluate(dedupe, "import no_such_module_ergon\n", check_only)
    assert missing.verdict == Verdict.LOAD_ERROR and "no_such_module_ergon" in missing.detail


def test_alarming_words_on_stderr_of_a_correct_run_do_not_matter(dedupe: Task, check_only: EvalContext) -> None:
    code = candidate("    print('No space left on device; File too large', file=sys.stderr)\n" + CORRECT)
    evaluation = evaluate(dedupe, code, check_only)
    assert evaluation.verdict == Verdict.PASS, evaluation.detail
    assert evaluation.tests_passed == evaluation.tests_total == len(dedupe.tests) + 1


@pytest.mark.parametrize("report", ['{"status": "ok"}', '{"status": "ok", "tests": []}',
                                    '{"status": "odd", "tests": [], "perf": {}}', "not json"])
def test_a_report_written_by_the_candidate_is_refused(report: str, dedupe: Task, check_only: EvalContext) -> None:
    """A candidate that writes a report of its own and leaves is not trusted with it: the write is refused."""
    code = candidate(f"    open('result.json', 'w').write({report!r})\n    os._exit(0)\n")
    assert evaluate(dedupe, code, check_only).verdict == Verdict.TAMPERED


def test_a_failing_exit_is_a_crash_whatever_the_report_says(dedupe: Task, check_only: EvalContext) -> None:
    code = candidate("    os._exit(3)\n")
    evaluation = evaluate(dedupe, code, check_only)
    assert evaluation.verdict == Verdict.CRASH and "exited with 3" in evaluation.detail


def test_error_details_are_kept_short(dedupe: Task, check_only: EvalContext) -> None:
    evaluation = evaluate(dedupe, candidate("    raise ValueError('x' * 5000)\n"), check_only)
    assert evaluation.verdict == Verdict.ERROR and evaluation.detail.startswith("the scored input")
    assert len(evaluation.detail) == 500
    at_import = evaluate(dedupe, "raise ValueError('x' * 5000)\n", check_only)
    assert at_import.verdict == Verdict.LOAD_ERROR and len(at_import.detail) == 500


def test_a_crash_quotes_at_most_300_characters_of_its_last_words(dedupe: Task, check_only: EvalContext) -> None:
    evaluation = evaluate(dedupe, candidate("    sys.stderr.write('y' * 1000 + '\\n')\n    os._exit(3)\n"), check_only)
    assert evaluation.verdict == Verdict.CRASH and evaluation.detail.endswith(": " + "y" * 300), evaluation.detail


def with_hidden_tests(dedupe: Task, hidden: bool) -> Task:
    return dedupe.model_copy(update={"tests": tuple(t.model_copy(update={"hidden": hidden}) for t in dedupe.tests)})


@pytest.mark.parametrize("hidden", [True, False])
def test_an_error_on_a_hidden_test_does_not_show_its_input(hidden: bool, dedupe: Task, check_only: EvalContext) -> None:
    """A hidden test's input would leak to an agent reading the detail; a visible one's helps it."""
    code = on_performance_input_only(dedupe, "    " + CORRECT).replace(CORRECT + CORRECT, CORRECT + "    raise KeyError('small')\n")
    evaluation = evaluate(with_a_bigger_scored_input(with_hidden_tests(dedupe, hidden)), code, check_only)
    first = dedupe.tests[0]
    assert evaluation.verdict == Verdict.ERROR and evaluation.detail.startswith(f"test {first.label}"), evaluation.detail
    assert ("(args " in evaluation.detail) is not hidden


def test_a_lone_surrogate_in_the_source_is_a_syntax_error(dedupe: Task, check_only: EvalContext) -> None:
    """A reply's JSON may carry ``\\udcff``: no UTF-8 file holds it, so Python could not compile it either."""
    evaluation = evaluate(dedupe, candidate(CORRECT.rstrip("\n") + "  # \udcff\n"), check_only)
    assert evaluation.verdict == Verdict.SYNTAX_ERROR, evaluation.detail
    assert "U+DCFF" in evaluation.detail


@pytest.mark.parametrize(("code", "verdict"), [
    (candidate(CORRECT.rstrip("\n") + "  # \udcff\n"), Verdict.SYNTAX_ERROR),
    (candidate(CORRECT + "#" + "x" * MAX_SOURCE_BYTES + "\n"), Verdict.RESOURCE),
], ids=["lone surrogate", "over the size cap"])
def test_a_source_evaluate_refuses_gives_no_outputs_either(code: str, verdict: Verdict, dedupe: Task,
                                                           check_only: EvalContext) -> None:
    """``ergon optimize`` compares outputs: a source too big or not UTF-8 must not run there either."""
    refused = evaluate(dedupe, code, check_only)
    assert refused.verdict == verdict, refused.detail
    failed, outs = outputs(dedupe, code, check_only)
    assert failed is not None and (failed.verdict, failed.detail) == (verdict, refused.detail)
    assert outs == []


class RunnerDying:
    """The local executor running, instead of the runner, a stand-in that ends as the runner itself might (a
    candidate runs in the runner's child and cannot make the runner die, the memory limit or a container can):
    the job's own end decides the verdict then.  Without bubblewrap, which reports a signal as 128 + N: the
    stand-in is the test's own code, and a container's exit 137 stays 137."""

    def __init__(self, script: str) -> None:
        self.inner, self.script = LocalExecutor(sandbox=False), script
        self.name = self.inner.name

    def environment(self) -> Any:
        return self.inner.environment()

    def run(self, job: Job) -> JobResult:
        return self.inner.run(replace(job, argv=(job.argv[0], "-S", "-c", "import os, signal, sys\n" + self.script)))


@pytest.mark.parametrize(("script", "verdict", "detail"), [
    ("os.kill(os.getpid(), signal.SIGXCPU)", Verdict.TIMEOUT, "the check run exceeded its CPU-time limit"),
    ("signal.signal(signal.SIGXFSZ, signal.SIG_DFL)\nos.kill(os.getpid(), signal.SIGXFSZ)", Verdict.RESOURCE,
     "the check run exceeded the file-size limit"),
    ("os.kill(os.getpid(), signal.SIGTERM)", Verdict.CRASH, "the check run was killed by SIGTERM"),
    ("os.kill(os.getpid(), signal.SIGHUP)", Verdict.CRASH, "the check run was killed by SIGHUP"),
    ("os.kill(os.getpid(), 40)", Verdict.CRASH, "the check run was killed by 40"),
    ("os.kill(os.getpid(), signal.SIGKILL)", Verdict.RESOURCE, "the check run was killed (memory or process limit)"),
    ("os._exit(137)", Verdict.RESOURCE, "the check run was killed (exit 137: memory or process limit)"),
    ("sys.stderr.write('OSError: [Errno 28] No space left on device\\n')\nos._exit(1)", Verdict.RESOURCE,
     "the check run filled its scratch space"),
    ("sys.stderr.write('OSError: [Errno 27] File too large\\n')\nos._exit(1)", Verdict.RESOURCE,
     "the check run filled its scratch space"),
    ("sys.stderr.write('No space left on device\\n')", Verdict.CRASH, "the check run exited with 0: No space left on device"),
    ("sys.stderr.write('first\\n' + 'z' * 1000 + '\\n')\nos._exit(3)", Verdict.CRASH, "the check run exited with 3: " + "z" * 300),
    ("os._exit(3)", Verdict.CRASH, "the check run exited with 3: no output"),
], ids=["SIGXCPU", "SIGXFSZ", "SIGTERM", "SIGHUP", "signal 40", "SIGKILL", "exit 137", "disk full", "file too large", "no report",
        "exit 3", "exit 3 silently"])
def test_how_the_runner_itself_ends_decides_the_verdict(script: str, verdict: Verdict, detail: str, dedupe: Task) -> None:
    ctx = EvalContext(executor=RunnerDying(script), counter=None, timing_repeats=0, trace_memory=False)
    evaluation = evaluate(dedupe, candidate(CORRECT), ctx)
    assert (evaluation.verdict, evaluation.detail) == (verdict, detail)
    assert (evaluation.tests_passed, evaluation.tests_total) == (0, len(dedupe.tests) + 1)
