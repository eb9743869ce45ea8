"""The part of a task an agent may see and run: its visible tests and its profiling input.

The agent checks and profiles candidates on a *view* of the task that holds nothing else: the
hidden tests are dropped, and the profiling input (``Task.profile_args``: the scored input's
size and shape, another seed) takes the scored input's place.  Everything the model is told
comes from evaluating candidates on this view, so no hidden test and not the scored input can
reach a prompt — by construction, not by filtering text.  The final candidate is scored by
the run on the full task, like any sample.
"""

from __future__ import annotations

import copy

from harness.providers import ModelSpecError
from tasks.authoring import compile_entry_point
from tasks.canonical import canonical
from tasks.schema import Task


def unviewable(task: Task) -> str | None:
    """Why an agent cannot work on ``task`` (checked for a whole suite before a run starts), or ``None``."""
    if task.language == "asm":
        return None
    if task.language != "python":
        return f"task {task.id}: agents handle python and asm tasks, not {task.language}"
    if not task.profile_args:
        return f"task {task.id} has no profiling input (profile_args): an agent cannot profile it"
    if not any(not t.hidden for t in task.tests):
        return f"task {task.id} has no visible tests: an agent could check nothing"
    return None


def visible_view(task: Task) -> Task:
    """``task`` with only its visible tests, its profiling input as the one counted input.

    The profiling input's expected output comes from the fastest reference run here, as the
    suite's authoring does for every generated input (references are trusted code shipped with
    the suite); only Python tasks can be viewed this way.
    """
    problem = unviewable(task)
    if problem:
        raise ModelSpecError(problem)
    if task.language == "asm":
        return task  # see :func:`has_hidden_split`
    if task.profile_args == task.perf_args:  # no secret scoring input (a user's own function): already known
        expected = task.perf_expected
    else:
        fastest = task.reference("fastest")
        expected = canonical(compile_entry_point(fastest.code, task.entry_point, f"<{task.id}:{fastest.tier}>")(
            *copy.deepcopy(task.profile_args)))
    return task.model_copy(update={"tests": tuple(t for t in task.tests if not t.hidden), "perf_args": task.profile_args,
                                   "perf_expected": expected, "scale_inputs": (), "perf_n": None})


def has_hidden_split(task: Task) -> bool:
    """Whether the agent's view keeps anything back.

    ISA tasks have none yet: their checks and workload live in the task's C driver, one job
    checks and counts, and the translate agent's feedback (assembler errors, failing checks,
    ABI violations, the guest instruction count) comes from the same checks and workload that
    score it.  A translation that special-cases them is still caught by the -O2 comparison
    only as far as those checks reach; the split is open work.
    """
    return task.language != "asm"


def check_view(view: Task) -> Task:
    """The visible view for a correctness check: the first visible test stands in for the counted input.

    A check run reports its first failure, the counted input's before any test's; with a visible
    test in that place, the failure the model is shown is always a case it may see in full.
    """
    if not view.tests:  # an ISA task: its checks are in its driver
        return view
    first = view.tests[0]
    return view.model_copy(update={"perf_args": first.args, "perf_expected": first.expected})
