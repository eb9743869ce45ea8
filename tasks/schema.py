"""The language-agnostic task schema.

A task is data: everything the harness needs to prompt a model, check a candidate and
measure it is held here as JSON-compatible values, so that suites can be authored in any
form (Python modules, JSON files, public datasets) and shipped into a sandbox unchanged.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

TaskKind = Literal["generate", "edit"]

ENTRY_SHIM = "python/entry_shim.py"
"""``Task.assets`` key: Python source appended to every candidate of the task before it runs, e.g.
a module-level entry point calling ``Solution().method`` for LeetCode-style suites (Mercury)."""

PRELUDE = "python/prelude.py"
"""``Task.assets`` key: Python source run before every candidate of the task, e.g. the imports a
benchmark's own harness puts before each solution (EffiBench's ``from typing import *`` block)."""


PROGRAM_LANGUAGES = ("c", "cpp", "python-program")
"""Languages whose candidates are whole programs (stdin → stdout) rather than functions."""


class TestCase(BaseModel):
    """One call of the entry point (positional arguments and the output it must return), or, for a
    whole program, one run: the text on its standard input and the standard output it must print."""

    __test__ = False  # not a pytest class
    model_config = ConfigDict(frozen=True)

    args: list[Any] = []
    expected: Any = None
    label: str = ""
    hidden: bool = False
    """Hidden tests are never shown to a model or an agent (prompts, feedback, traces)."""
    stdin: str | None = None
    """A program test's standard input (``None`` for a function call)."""
    stdout: str | None = None
    """A program test's expected standard output: compared on the host, never shipped to the sandbox."""

    @property
    def is_program(self) -> bool:
        return self.stdin is not None


class ScaleInput(BaseModel):
    """A performance input at one size ``n``; counts at several sizes give an empirical complexity."""

    model_config = ConfigDict(frozen=True)

    n: int
    args: list[Any]
    expected: Any


class Reference(BaseModel):
    """A reference solution at one efficiency tier."""

    model_config = ConfigDict(frozen=True)

    tier: str
    code: str


class Task(BaseModel):
    """A function-level efficiency task.

    ``references`` are ordered slowest first; the slowest one doubles as the program to
    speed up when the task is posed as an ``edit``.  ``perf_args`` is the scored
    performance-exercising input (made by the task's seeded generator at ``perf_n``); it and
    every test not marked visible stay hidden from models and agents.
    """

    model_config = ConfigDict(frozen=True)

    id: str = Field(pattern=r"^[A-Za-z0-9_.\-/]+$")
    suite: str
    version: int = 1
    kinds: tuple[TaskKind, ...] = ("generate", "edit")
    language: str = "python"
    prompt: str
    entry_point: str = Field("main", pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    """The function to call; a whole program's is ``main``."""
    tests: tuple[TestCase, ...] = ()
    perf_args: list[Any] = []
    perf_expected: Any = None
    perf_n: int | None = None
    """The size the scored input is made at (the bound the prompt states)."""
    scale_inputs: tuple[ScaleInput, ...] = ()
    """Smaller inputs of the scored input's shape, ascending ``n``: counted for the complexity estimate."""
    profile_args: list[Any] = []
    """A visible input of the scored input's size and shape, made with another seed: agents profile on it."""
    mutates_input: bool = False
    """Whether the entry point may modify its arguments (checked unchanged after each call otherwise)."""
    assets: dict[str, str] = {}
    """Language-specific files (e.g. a C test driver and the source assembly for ISA tasks)."""
    references: tuple[Reference, ...]
    seed: int = 0
    float_tolerance: float = 0.0
    tags: tuple[str, ...] = ()
    suite_data: dict[str, Any] = {}
    """What the suite's own metrics need beyond the reference counts (e.g. EvalPerf's score per
    reference); never shown to models.  Left out of :attr:`content_hash` while empty."""

    @model_validator(mode="after")
    def _check(self) -> Task:
        if not self.references:  # authored suites ask for three tiers (tasks.authoring); public ones may have one
            raise ValueError(f"task {self.id}: needs at least one reference solution")
        tiers = [r.tier for r in self.references]
        if len(set(tiers)) != len(tiers):
            raise ValueError(f"task {self.id}: duplicate tier names {tiers}")
        if self.language in ("python", *PROGRAM_LANGUAGES) and not self.tests:
            raise ValueError(f"task {self.id}: has no correctness tests")
        if self.language in PROGRAM_LANGUAGES:
            bad = [t.label or str(i) for i, t in enumerate(self.tests) if t.stdin is None or t.stdout is None]
            if bad:
                raise ValueError(f"task {self.id}: program tests need stdin and stdout (missing in {', '.join(bad[:5])})")
        return self

    @property
    def tiers(self) -> list[str]:
        return [r.tier for r in self.references]

    @property
    def slow_program(self) -> str:
        """The program an ``edit`` task asks to make faster."""
        return self.references[0].code

    def reference(self, tier: str) -> Reference:
        """A tier by name, or by the aliases ``slowest``/``fastest``."""
        if tier == "slowest":
            return self.references[0]
        if tier == "fastest":
            return self.references[-1]
        for ref in self.references:
            if ref.tier == tier:
                return ref
        raise KeyError(f"task {self.id} has no tier {tier!r} (tiers: {', '.join(self.tiers)}, slowest, fastest)")

    @property
    def content_hash(self) -> str:
        """Changes whenever anything that defines the task changes."""
        dumped = self.model_dump(mode="json", exclude=set() if self.suite_data else {"suite_data"})
        blob = json.dumps(_without_unset_program_fields(dumped), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


_PROGRAM_TEST_FIELDS = ("stdin", "stdout")


def _without_unset_program_fields(dump: dict[str, Any]) -> dict[str, Any]:
    """The dump without the program-test fields where they are unset, so that adding them to the
    schema left every function task's content hash (and so its stored results) unchanged."""
    for test in dump.get("tests", ()):
        for key in _PROGRAM_TEST_FIELDS:
            if test.get(key) is None:
                test.pop(key, None)
    return dump
