"""Build :class:`~tasks.schema.Task` objects from task modules written in Python.

A task module is the authoring format of the built-in suite (see ``tasks/builtin``).  It
defines, at module level:

``ENTRY_POINT``    name of the function the candidate must define
``PROMPT``         the problem statement shown to a model
``TAGS``           optional list of tags
``VERSION``        optional int, bump on any semantic change
``EDGE_CASES``     list of ``(args, expected)`` pairs, expected values written by hand
``REFERENCES``     dict tier name -> source code, ordered slowest first (at least 3)
``FLOAT_TOLERANCE`` optional relative tolerance for float outputs

and makes every input with one generator, so that tests reach the bound the prompt states:

``MAX_N``          the bound the prompt states for the size parameter; the scored input is made at it
``make_input(rng, n, shape)`` -> list of args for one call of size ``n`` and shape ``shape``
``SHAPES``         every shape ``make_input`` knows, ``"random"`` first; include the adversarial
                   ones (sorted, reversed, all-equal, extremes, worst cases of known shortcuts)
``PERF_SHAPE``     the shape of the scored input: the one that separates complexity classes
``SMALL_N``        optional size of the small random cases (default 30)
``MUTATES_INPUT``  optional, True when the entry point may modify its arguments

It yields: the edge cases and 8 small random cases (visible); 16 more small cases, one case of
each shape at ``MAX_N // 10`` and at ``MAX_N`` (hidden); the scored input at ``MAX_N`` and two
smaller scale inputs (``MAX_N // 4``, ``MAX_N // 2``) of ``PERF_SHAPE``; a visible profiling
input of the same size and shape made with another seed.  All random streams derive from
``(task id, seed)``: a run seeded with a value not in the repository gets inputs no candidate
could know in advance.

Expected outputs of randomised cases and of the performance input come from running the
fastest reference (trusted code shipped with the suite) in-process.  Arguments and outputs
must be JSON-compatible (lists, str-keyed dicts, str, int, float, bool, None); tuples are
compared as lists.
"""

from __future__ import annotations

import copy
import random
from types import ModuleType
from typing import Any, Callable

from tasks.canonical import canonical
from tasks.schema import Reference, ScaleInput, Task, TestCase

SMALL_CASES = 24
VISIBLE_SMALL_CASES = 8
DEFAULT_SMALL_N = 30


class TaskDefinitionError(ValueError):
    """A task module is malformed."""


def compile_entry_point(code: str, entry_point: str, origin: str) -> Callable[..., Any]:
    namespace: dict[str, Any] = {"__name__": f"ergon_reference_{entry_point}"}
    exec(compile(code, origin, "exec"), namespace)  # trusted: references ship with the suite
    fn = namespace.get(entry_point)
    if not callable(fn):
        raise TaskDefinitionError(f"{origin}: does not define {entry_point}()")
    return fn


def _call(fn: Callable[..., Any], args: list[Any]) -> Any:
    return canonical(fn(*copy.deepcopy(args)))


def load_task_module(module: ModuleType, suite: str, seed: int = 0) -> Task:
    name = module.__name__.rsplit(".", 1)[-1]
    missing = [a for a in ("ENTRY_POINT", "PROMPT", "EDGE_CASES", "REFERENCES", "make_input")
               if not hasattr(module, a)]
    if missing:
        raise TaskDefinitionError(f"task module {module.__name__}: missing {', '.join(missing)}")
    entry_point: str = module.ENTRY_POINT
    task_id = getattr(module, "ID", name)
    refs = [Reference(tier=t, code=c) for t, c in module.REFERENCES.items()]
    if len(refs) < 3:  # a ladder to score against (public suites may bring a single reference)
        raise TaskDefinitionError(f"task module {module.__name__}: REFERENCES needs at least 3 tiers, has {len(refs)}")
    fastest = compile_entry_point(refs[-1].code, entry_point, f"<{task_id}:{refs[-1].tier}>")

    tests = [TestCase(args=list(args), expected=canonical(expected), label=f"edge-{i}")
             for i, (args, expected) in enumerate(module.EDGE_CASES)]
    sized = _sized_inputs(module, task_id, seed, fastest)
    tests += sized.pop("tests")

    return Task(
        id=task_id,
        suite=suite,
        version=getattr(module, "VERSION", 1),
        prompt=module.PROMPT.strip() + "\n",
        entry_point=entry_point,
        tests=tuple(tests),
        references=tuple(refs),
        seed=seed,
        float_tolerance=getattr(module, "FLOAT_TOLERANCE", 0.0),
        tags=tuple(getattr(module, "TAGS", ())),
        mutates_input=bool(getattr(module, "MUTATES_INPUT", False)),
        **sized,
    )


def _sized_inputs(module: ModuleType, task_id: str, seed: int, fastest: Callable[..., Any]) -> dict[str, Any]:
    """Tests, scored input, scale inputs and profiling input of a task module."""
    missing = [a for a in ("MAX_N", "SHAPES", "PERF_SHAPE") if not hasattr(module, a)]
    if missing:
        raise TaskDefinitionError(f"task module {module.__name__}: missing {', '.join(missing)}")
    max_n, shapes, perf_shape = int(module.MAX_N), tuple(module.SHAPES), module.PERF_SHAPE
    if not shapes or shapes[0] != "random" or perf_shape not in shapes:
        raise TaskDefinitionError(f"task module {module.__name__}: SHAPES must start with 'random' and hold PERF_SHAPE")
    small_n = int(getattr(module, "SMALL_N", DEFAULT_SMALL_N))

    def make(purpose: str, n: int, shape: str) -> list[Any]:
        return list(module.make_input(random.Random(f"{task_id}:{seed}:{purpose}"), n, shape))

    def case(label: str, args: list[Any], hidden: bool) -> TestCase:
        return TestCase(args=args, expected=_call(fastest, args), label=label, hidden=hidden)

    rng = random.Random(f"{task_id}:{seed}:small")
    tests = [case(f"small-{i}", list(module.make_input(rng, rng.randint(0, small_n), shapes[i % len(shapes)])),
                  hidden=i >= VISIBLE_SMALL_CASES) for i in range(SMALL_CASES)]
    mid = max(small_n, max_n // 10)
    tests += [case(f"mid-{shape}", make(f"mid-{shape}", mid, shape), True) for shape in shapes]
    tests += [case(f"large-{shape}", make(f"large-{shape}", max_n, shape), True) for shape in shapes]
    perf_args = make("perf", max_n, perf_shape)
    scales = [ScaleInput(n=n, args=(args := make(f"scale-{n}", n, perf_shape)), expected=_call(fastest, args))
              for n in (max_n // 4, max_n // 2)]
    return {"tests": tests, "perf_args": perf_args, "perf_expected": _call(fastest, perf_args), "perf_n": max_n,
            "scale_inputs": tuple(scales), "profile_args": make("profile", max_n, perf_shape)}
