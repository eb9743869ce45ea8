"""The part of a task an agent may see and run: its visible tests and its profiling input.

The agent checks and profiles candidates on a *view* of the task that holds nothing else: the
hidden tests are dropped, and the profiling input (``Task.profile_args``: the scored input's
size and shape, another seed) takes the scored input's place.  Everything the model is told
comes from evaluating candidates on this view, so no hidden test and not the scored input can
reach a prompt — by construction, not by filtering text.  The final candidate is scored by
the run on the full task, like any sample.  An ISA task's view is the task at another seed
(:func:`view_seed`): its driver's random checks and workload are drawn afresh.
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
        return task.model_copy(update={"seed": view_seed(task.seed)})  # see :func:`view_seed`
    if task.profile_args == task.perf_args:  # no secret scoring input (a user's own function): already known
        expected = task.perf_expected
    else:
        fastest = task.reference("fastest")
        expected = canonical(compile_entry_point(fastest.code, task.entry_point, f"<{task.id}:{fastest.tier}>")(
            *copy.deepcopy(task.profile_args)))
    return task.model_copy(update={"tests": tuple(t for t in task.tests if not t.hidden), "perf_args": task.profile_args,
                                   "perf_expected": expected, "scale_inputs": (), "perf_n": None})


VIEW_SEED_SALT = 0x5EED_1E55
"""Mixed into an ISA task's seed to give its agent's view other random checks and another workload."""


def view_seed(seed: int) -> int:
    """The seed an agent checks and counts an ISA task at: never the scored one.

    An ISA task's checks and workload live in its C driver: fixed edge cases, then random inputs
    and the counted workload drawn from the task's seed.  The agent works at another seed, so the
    random checks that fail in its feedback and the workload it is counted on are not the ones
    that score it (the same distributions and sizes, other draws); the driver's fixed edge cases
    are shared, as a Python task's visible tests are.  A translation special-cased to what the
    agent saw fails the scoring run's own random checks.
    """
    return (seed ^ VIEW_SEED_SALT) & 0x7FFF_FFFF


def check_view(view: Task) -> Task:
    """The visible view for a correctness check: the first visible test stands in for the counted input.

    A check run reports its first failure, the counted input's before any test's; with a visible
    test in that place, the failure the model is shown is always a case it may see in full.
    """
    if not view.tests:  # an ISA task: its checks are in its driver
        return view
    first = view.tests[0]
    return view.model_copy(update={"perf_args": first.args, "perf_expected": first.expected})
