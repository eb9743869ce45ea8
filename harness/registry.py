"""Suite registry.

A suite is a function returning tasks, registered with :func:`suite`.  Suites from other
packages are found through the ``ergon.suites`` entry-point group: each entry names a module
whose import registers its suites (Ergon's own suites are declared the same way in
``pyproject.toml``), so a third party adds a suite by shipping a package with one entry point.
"""

from __future__ import annotations

import functools
from importlib.metadata import entry_points
from typing import Callable

from tasks.schema import Task

ENTRY_POINT_GROUP = "ergon.suites"
SuiteLoader = Callable[[], list[Task]]

_SUITES: dict[str, SuiteLoader] = {}


class UnknownSuite(KeyError):
    def __str__(self) -> str:
        return str(self.args[0])


class SuiteError(ValueError):
    """A registered suite is malformed (e.g. two tasks share an id)."""


class UnknownTask(KeyError):
    def __str__(self) -> str:
        return str(self.args[0])


def suite(name: str) -> Callable[[SuiteLoader], SuiteLoader]:
    """Register a suite loader under ``name``."""

    def register(loader: SuiteLoader) -> SuiteLoader:
        _SUITES[name] = functools.cache(loader)
        return loader

    return register


@functools.cache
def _discover() -> None:
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        ep.load()


def suite_names() -> list[str]:
    _discover()
    return sorted(_SUITES)


def load_suite(name: str) -> list[Task]:
    _discover()
    if name not in _SUITES:
        raise UnknownSuite(f"unknown suite {name!r} (known: {', '.join(sorted(_SUITES)) or 'none'})")
    tasks = _SUITES[name]()
    seen: set[str] = set()
    dupes = sorted({t.id for t in tasks if t.id in seen or seen.add(t.id)})
    if dupes:
        raise SuiteError(f"suite {name!r} has duplicate task ids: {', '.join(dupes)}")
    return tasks


def find_task(task_id: str) -> Task:
    for name in suite_names():
        for task in load_suite(name):
            if task.id == task_id:
                return task
    raise UnknownTask(f"unknown task {task_id!r} (see `ergon tasks list`)")
