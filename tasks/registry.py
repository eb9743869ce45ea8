"""One registry for every pluggable kind: suites, languages, model providers, CLI commands.

A kind is a :class:`Registry` with a name and an entry-point group.  Things register with the
registry's decorator when their module is imported; modules of other packages are found
through the group (``[project.entry-points."ergon.suites"]`` etc.), each entry naming a
module whose import registers what it defines.  Discovery is lazy and happens once, so a
command that needs one suite does not import every plugin's dependencies.

It lives in ``tasks`` because that is the lowest package every registering module may import:
a suite author declares a suite with ``from tasks.registry import suite`` without pulling in
the harness (the shape of inspect_ai's ``_util/registry.py``: one registry, a decorator per kind).
"""

from __future__ import annotations

import functools
import inspect
import threading
from importlib.metadata import entry_points
from typing import Callable, Generic, TypeVar

from tasks.schema import Task

T = TypeVar("T")


class UnknownName(LookupError):
    """Nothing of that kind is registered under the name; the message lists what is."""

    def __str__(self) -> str:
        return str(self.args[0])


class Registry(Generic[T]):
    """Named things of one kind, registered by decorator and discovered through entry points."""

    def __init__(self, kind: str, group: str) -> None:
        self.kind = kind
        self.group = group
        self._items: dict[str, T] = {}
        self._loaded: set[str] = set()
        self._lock = threading.RLock()

    def register(self, name: str) -> Callable[[T], T]:
        """Decorator: register the decorated object under ``name`` (a later registration wins)."""

        def add(item: T) -> T:
            with self._lock:
                self._items[name] = item
            return item

        return add

    def _discover(self, name: str | None = None) -> None:
        """Import the group's modules: only ``name``'s entry when it has one, else all of them."""
        with self._lock:
            eps = [ep for ep in entry_points(group=self.group) if ep.name not in self._loaded]
            named = [ep for ep in eps if ep.name == name]
            for ep in named or eps:
                self._loaded.add(ep.name)
                ep.load()

    def get(self, name: str) -> T:
        if name not in self._items:
            self._discover(name)
        if name not in self._items:
            self._discover()
        if name not in self._items:
            raise UnknownName(f"unknown {self.kind} {name!r} (known: {', '.join(self.names()) or 'none'})")
        return self._items[name]

    def names(self) -> list[str]:
        self._discover()
        return sorted(self._items)


# suites -----------------------------------------------------------------------------------
SuiteLoader = Callable[..., list[Task]]
"""``() -> tasks`` or ``(seed: int) -> tasks`` for suites whose inputs are drawn per seed."""

suites: Registry[SuiteLoader] = Registry("suite", "ergon.suites")


class SuiteError(ValueError):
    """A registered suite is malformed (e.g. two tasks share an id)."""


def suite(name: str) -> Callable[[SuiteLoader], SuiteLoader]:
    """Register a suite loader under ``name``; its tasks are built once per seed and kept."""

    def register(loader: SuiteLoader) -> SuiteLoader:
        suites.register(name)(functools.cache(loader))
        return loader

    return register


def takes_seed(loader: SuiteLoader) -> bool:
    return "seed" in inspect.signature(loader).parameters


def load_suite(name: str, seed: int = 0) -> list[Task]:
    """The tasks of suite ``name``; ``seed`` draws a seeded suite's generated inputs."""
    loader = suites.get(name)
    tasks = loader(seed=seed) if takes_seed(loader) else loader()
    seen: set[str] = set()
    dupes = sorted({t.id for t in tasks if t.id in seen or seen.add(t.id)})  # type: ignore[func-returns-value]
    if dupes:
        raise SuiteError(f"suite {name!r} has duplicate task ids: {', '.join(dupes)}")
    return tasks


def find_task(task_id: str, seed: int = 0) -> Task:
    for name in suites.names():
        for task in load_suite(name, seed):
            if task.id == task_id:
                return task
    raise UnknownName(f"unknown task {task_id!r} (see `ergon tasks list`)")
