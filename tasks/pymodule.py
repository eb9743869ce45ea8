"""Build :class:`~tasks.schema.Task` objects from task modules written in Python.

A task module is the authoring format of the built-in suite (see ``tasks/builtin``).  It
defines, at module level:

``ENTRY_POINT``    name of the function the candidate must define
``PROMPT``         the problem statement shown to a model
``TAGS``           optional list of tags
``VERSION``        optional int, bump on any semantic change
``EDGE_CASES``     list of ``(args, expected)`` pairs, expected values written by hand
``RANDOM_CASES``   optional number of randomised cases (default 20)
``random_case(rng)``  -> list of args for one randomised correctness case
``perf_input(rng)``   -> list of args for the performance-exercising input
``REFERENCES``     dict tier name -> source code, ordered slowest first (at least 3)
``FLOAT_TOLERANCE`` optional relative tolerance for float outputs

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

from sandboxes.payload.canonical import canonical
from tasks.schema import Reference, Task, TestCase

DEFAULT_RANDOM_CASES = 20


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
    missing = [a for a in ("ENTRY_POINT", "PROMPT", "EDGE_CASES", "REFERENCES", "random_case", "perf_input")
               if not hasattr(module, a)]
    if missing:
        raise TaskDefinitionError(f"task module {module.__name__}: missing {', '.join(missing)}")
    entry_point: str = module.ENTRY_POINT
    task_id = getattr(module, "ID", name)
    refs = [Reference(tier=t, code=c) for t, c in module.REFERENCES.items()]
    if len(refs) < 1:
        raise TaskDefinitionError(f"task module {module.__name__}: REFERENCES is empty")
    fastest = compile_entry_point(refs[-1].code, entry_point, f"<{task_id}:{refs[-1].tier}>")

    tests = [TestCase(args=list(args), expected=canonical(expected), label=f"edge-{i}")
             for i, (args, expected) in enumerate(module.EDGE_CASES)]
    rng = random.Random(f"{task_id}:{seed}:tests")
    for i in range(getattr(module, "RANDOM_CASES", DEFAULT_RANDOM_CASES)):
        args = list(module.random_case(rng))
        tests.append(TestCase(args=args, expected=_call(fastest, args), label=f"random-{i}"))
    perf_args = list(module.perf_input(random.Random(f"{task_id}:{seed}:perf")))
    warmup_args = list(module.random_case(random.Random(f"{task_id}:{seed}:warmup")))

    return Task(
        id=task_id,
        suite=suite,
        version=getattr(module, "VERSION", 1),
        prompt=module.PROMPT.strip() + "\n",
        entry_point=entry_point,
        tests=tuple(tests),
        perf_args=perf_args,
        perf_expected=_call(fastest, perf_args),
        warmup_args=warmup_args,
        references=tuple(refs),
        seed=seed,
        float_tolerance=getattr(module, "FLOAT_TOLERANCE", 0.0),
        tags=tuple(getattr(module, "TAGS", ())),
    )
