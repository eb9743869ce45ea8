"""Malformed tasks are rejected with a message naming the task and the problem."""

from __future__ import annotations

import types

import json

import pydantic
import pytest

from tasks.authoring import TaskDefinitionError, load_task_module
from tasks.schema import Reference, Task, TestCase

REFS = tuple(Reference(tier=t, code=f"def f(x):\n    return x  # {t}\n") for t in ("a", "b", "c"))


def make(**kw) -> Task:
    base = dict(id="t", suite="s", prompt="p", entry_point="f", tests=(TestCase(args=[1], expected=1),),
                perf_args=[1], perf_expected=1, references=REFS)
    return Task(**{**base, **kw})


def test_valid_task_and_tier_aliases() -> None:
    task = make()
    assert task.reference("slowest").tier == "a" and task.reference("fastest").tier == "c"
    assert task.slow_program == REFS[0].code
    with pytest.raises(KeyError, match="has no tier 'z'"):
        task.reference("z")


@pytest.mark.parametrize("kw, message", [
    ({"references": ()}, "needs at least one reference"),
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
    base = dict(ENTRY_POINT="f", PROMPT="p", EDGE_CASES=[([1], 1)], MAX_N=40, SHAPES=("random", "big"), PERF_SHAPE="big",
                make_input=lambda rng, n, shape: [n if shape == "big" else rng.randrange(n + 1)],
                REFERENCES={r.tier: r.code for r in REFS})
    for k, v in {**base, **attrs}.items():
        setattr(mod, k, v)
    return mod


def test_task_module_expected_values_come_from_the_fastest_reference() -> None:
    task = load_task_module(module(), "s")
    assert task.id == "fake" and all(c.expected == c.args[0] for c in task.tests)
    assert task.perf_args == [40] and task.perf_expected == 40 and task.perf_n == 40
    assert [(s.n, s.args, s.expected) for s in task.scale_inputs] == [(10, [10], 10), (20, [20], 20)]
    assert {c.label for c in task.tests if c.hidden} >= {"large-random", "large-big", "mid-random", "mid-big"}
    assert [c.label for c in task.tests if not c.hidden][:1] == ["edge-0"]


def test_hidden_inputs_follow_the_seed() -> None:
    """Another seed, other random inputs: a run's scored input cannot be known from the repository."""
    one, two = load_task_module(module(), "s", seed=1), load_task_module(module(), "s", seed=2)
    assert [c.args for c in one.tests if c.hidden] != [c.args for c in two.tests if c.hidden]
    assert one.content_hash != two.content_hash


def test_task_module_missing_parts() -> None:
    mod = module()
    del mod.make_input
    with pytest.raises(TaskDefinitionError, match="missing make_input"):
        load_task_module(mod, "s")
    with pytest.raises(TaskDefinitionError, match=r"does not define f\(\)"):
        load_task_module(module(REFERENCES={"a": "x = 1", "b": "x = 2", "c": "g = 3"}), "s")
    with pytest.raises(TaskDefinitionError, match="REFERENCES needs at least 3 tiers, has 2"):
        load_task_module(module(REFERENCES={r.tier: r.code for r in REFS[:2]}), "s")


def test_suite_data_counts_in_the_hash_when_present() -> None:
    """A suite's metric data (EvalPerf's scores…) is part of what defines its task."""
    plain = make()
    assert plain.content_hash != make(suite_data={"scores": [1.0]}).content_hash
    assert make(references=REFS[:1]).tiers == ["a"]  # one reference suffices for a public suite's task
