"""Malformed tasks are rejected with a message naming the task and the problem."""

from __future__ import annotations

import types

import pydantic
import pytest

from tasks.authoring import TaskDefinitionError, load_task_module
from tasks.schema import Reference, Task, TestCase

REFS = tuple(Reference(tier=t, code=f"def f(x):\n    return x  # {t}\n") for t in ("a", "b", "c"))


def make(**kw) -> Task:
    base = dict(id="t", suite="s", prompt="p", entry_point="f", tests=(TestCase(args=[1], expected=1),),
                perf_args=[1], perf_expected=1, warmup_args=[2], references=REFS)
    return Task(**{**base, **kw})


def test_valid_task_and_tier_aliases() -> None:
    task = make()
    assert task.reference("slowest").tier == "a" and task.reference("fastest").tier == "c"
    assert task.slow_program == REFS[0].code
    with pytest.raises(KeyError, match="has no tier 'z'"):
        task.reference("z")


@pytest.mark.parametrize("kw, message", [
    ({"references": REFS[:2]}, "needs at least 3 reference tiers"),
    ({"references": (REFS[0], REFS[0], REFS[1])}, "duplicate tier names"),
    ({"tests": ()}, "has no correctness tests"),
    ({"id": "bad id!"}, "String should match pattern"),
    ({"entry_point": "1f"}, "String should match pattern"),
])
def test_malformed(kw, message) -> None:
    with pytest.raises(pydantic.ValidationError, match=message):
        make(**kw)


def module(**attrs) -> types.ModuleType:
    mod = types.ModuleType("tasks.builtin.fake")
    base = dict(ENTRY_POINT="f", PROMPT="p", EDGE_CASES=[([1], 1)], random_case=lambda rng: [rng.randrange(9)],
                perf_input=lambda rng: [5], REFERENCES={r.tier: r.code for r in REFS})
    for k, v in {**base, **attrs}.items():
        setattr(mod, k, v)
    return mod


def test_task_module_expected_values_come_from_the_fastest_reference() -> None:
    task = load_task_module(module(), "s")
    assert task.id == "fake" and all(c.expected == c.args[0] for c in task.tests)
    assert task.perf_args == [5] and task.perf_expected == 5
    assert len(task.warmup_args) == 1 and 0 <= task.warmup_args[0] < 9  # made by random_case, not perf_input


def test_task_module_missing_parts() -> None:
    mod = module()
    del mod.perf_input
    with pytest.raises(TaskDefinitionError, match="missing perf_input"):
        load_task_module(mod, "s")
    with pytest.raises(TaskDefinitionError, match=r"does not define f\(\)"):
        load_task_module(module(REFERENCES={"a": "x = 1", "b": "x = 2", "c": "g = 3"}), "s")
