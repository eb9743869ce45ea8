"""The ISA suite loads from its cache without compilers, is well formed, and regenerates identically."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from tasks.registry import load_suite
from harness.languages import languages
from tasks.isa.targets import TARGETS
from tasks.isa import build_tasks
from tasks.isa.catalog import MEASUREMENTS, REFERENCE_LEVELS, data_path, functions, parse_function
from harness.languages.asm.generate import compile_asm, variants
from tasks.loaders.gg import macho_markers

FUNCTIONS = functions()
TASKS = build_tasks()


def test_suite_size_and_ids() -> None:
    assert len(FUNCTIONS) >= 25
    assert len(TASKS) == 4 * len(FUNCTIONS)
    ids = {t.id for t in TASKS}
    for fn in FUNCTIONS:
        for level in ("O0", "O2"):
            for target in ("aarch64", "riscv64"):
                assert f"isa/{fn.name}/x86_64-{level}/{target}" in ids


def test_registered_as_suite_with_its_language() -> None:
    assert [t.id for t in load_suite("isa")] == [t.id for t in TASKS]
    assert {t.language for t in TASKS} == {"asm"} and languages.get("asm").counters == ("qemu-plugin",)


@pytest.mark.parametrize("task", TASKS[:4], ids=lambda t: t.id)
def test_task_shape(task) -> None:
    target = TARGETS[task.id.rsplit("/", 1)[1]]
    assert task.language == "asm" and task.tiers == list(REFERENCE_LEVELS)
    assert task.reference("O2").code == data_path(task.entry_point, target.name, "O2").read_text()
    assert target.isa in task.prompt and " ".join(target.flags) in task.prompt
    assert task.assets["source.s"] in task.prompt
    spec = json.loads(task.assets["isa.json"])
    assert spec["target"] == target.name and set(spec["reference_instructions"]) == set(REFERENCE_LEVELS)


def test_every_reference_was_measured_with_full_o0_coverage() -> None:
    table = json.loads(MEASUREMENTS.read_text())
    for fn in FUNCTIONS:
        for target in TARGETS:
            tiers = table[fn.name][target]
            assert set(tiers) == set(REFERENCE_LEVELS)
            assert tiers["O0"]["coverage"] >= 0.98, (fn.name, target)
            assert tiers["O0"]["instructions"] > tiers["O2"]["instructions"], (fn.name, target)


def test_sources_are_elf_gnu_assembly() -> None:
    for fn in FUNCTIONS:
        for arch, level in variants():
            assert macho_markers(data_path(fn.name, arch, level).read_text()) == []


def test_parse_function_reads_prototype_tags_and_structs() -> None:
    src = ("/* Demo.  tags: a, b */\n#include <stdint.h>\nstruct p {\n    int x;\n};\n\n"
           "static int helper(int v) { return v; }\n\nlong demo(const struct p *q,\n         int n) {\n"
           "    return helper(q->x) + n;\n}\n")
    fn = parse_function("demo", src, "")
    assert fn.prototype == "long demo(const struct p *q, int n)"
    assert fn.tags == ("a", "b") and fn.description == "Demo."
    assert fn.declarations == "#include <stdint.h>\nstruct p {\n    int x;\n};"
    with pytest.raises(ValueError):
        parse_function("missing", src, "")


@pytest.mark.needs("gcc", *(target.gcc for target in TARGETS.values()))
def test_regenerating_gives_the_cached_text() -> None:
    jobs = [(fn, arch, level) for fn in FUNCTIONS for arch, level in variants()]
    with ThreadPoolExecutor(max_workers=4) as pool:
        texts = list(pool.map(lambda j: compile_asm(*j), jobs))
    for (fn, arch, level), text in zip(jobs, texts):
        assert text == data_path(fn.name, arch, level).read_text(), (fn.name, arch, level)


def test_inputs_follow_the_stores_seed() -> None:
    """The drivers' inputs (the scored one too) come from the seed a results store draws; the
    cached reference counts are stated only at the seed they were measured at."""
    at_suite_seed = build_tasks(["sum_primes"])
    elsewhere = load_suite("isa", seed=12345)
    assert {t.seed for t in elsewhere} == {12345}
    mine = {t.id: t for t in elsewhere}
    for task in at_suite_seed:
        other = mine[task.id]
        assert other.content_hash != task.content_hash  # so references are measured again, per seed
        assert json.loads(other.assets["isa.json"])["reference_instructions"] == {}
        assert json.loads(task.assets["isa.json"])["reference_instructions"]
