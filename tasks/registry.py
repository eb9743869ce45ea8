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
from dataclasses import dataclass, field
from pathlib import Path
from importlib.metadata import entry_points
from typing import Any, Callable, Generic, TypeVar

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
SuiteLoader = Callable[..., "list[Task] | SuiteData"]
"""``() -> tasks``, ``(seed: int) -> tasks`` for suites whose inputs are drawn per seed, or
``(source: str[, seed]) -> SuiteData`` for a suite read from a public dataset (see :class:`SuiteSpec`)."""


class SuiteError(ValueError):
    """A registered suite is malformed (e.g. two tasks share an id), or its data cannot be read."""


class SuiteDataMissing(SuiteError):
    """A data suite was asked for without a source and has no default: the message says what to pass."""


@dataclass(frozen=True)
class SuiteData:
    """What a data suite's loader returns: its tasks, where they came from, and what it left out.

    ``provenance`` is stored with every run of the suite (source, its revision where one is
    known, a digest of the rows read), so a result names the exact data it was measured on;
    ``skipped`` maps each row that could not become a task (by its id in the source) to why.
    """

    tasks: list[Task]
    provenance: dict[str, Any] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    rows: int | None = None
    """Rows in the source (tasks + skipped, unless rows were merged)."""

    def summary(self) -> dict[str, int]:
        """How many rows the source had, how many became tasks, and how many were left out for each reason."""
        out = {"rows": self.rows if self.rows is not None else len(self.tasks) + len(self.skipped),
               "tasks": len(self.tasks)}
        for reason in self.skipped.values():
            out[reason] = out.get(reason, 0) + 1
        return out


@dataclass(frozen=True)
class SuiteSpec:
    """A registered suite: its loader and what it declares about itself.

    ``default_source`` is the hub name a data suite is read from when no ``--suite-source`` is
    given (``None``: the user must name a local copy); ``source_help`` says what a source may
    be.  ``metrics`` names the metrics the suite's authors defined (implementations registered
    with the leaderboard, ``leaderboards.suite_metrics``), shown next to Ergon's common columns.
    """

    name: str
    loader: SuiteLoader
    needs_source: bool = False
    default_source: str | None = None
    source_help: str = ""
    metrics: tuple[str, ...] = ()


suites: Registry[SuiteSpec] = Registry("suite", "ergon.suites")


def suite(name: str, *, source: bool = False, default_source: str | None = None, source_help: str = "",
          metrics: tuple[str, ...] = ()) -> Callable[[SuiteLoader], SuiteLoader]:
    """Register a suite loader under ``name``; its tasks are built once per (seed, source) and kept.

    A suite read from a public dataset passes ``source=True``: its loader takes ``source`` (a hub
    name or a local path, the ``--suite-source`` option) and returns a :class:`SuiteData`.
    """

    def register(loader: SuiteLoader) -> SuiteLoader:
        needs = source or default_source is not None
        suites.register(name)(SuiteSpec(name, _fresh_per_source(loader) if needs else functools.cache(loader), needs,
                                        default_source, source_help, tuple(metrics)))
        return loader

    return register


def _stamp(source: str) -> tuple[tuple[str, int, int], ...]:
    """What tells one state of a local copy from another: its and its entries' modification times and sizes."""
    path = Path(source).expanduser()
    if not path.exists():
        return ()
    entries = [path, *sorted(path.iterdir())] if path.is_dir() else [path]
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in entries)


def _fresh_per_source(loader: SuiteLoader) -> SuiteLoader:
    """``loader`` cached per (arguments, state of the local copy): data edited in place is read again."""
    cached = functools.cache(lambda stamp, **kwargs: loader(**kwargs))

    @functools.wraps(loader)
    def load(**kwargs: Any) -> Any:
        return cached(_stamp(kwargs.get("source", "")), **kwargs)

    return load


def takes_seed(loader: SuiteLoader) -> bool:
    return "seed" in inspect.signature(loader).parameters


def self_contained(name: str) -> bool:
    """Whether suite ``name`` ships its own tasks (no dataset to read, nothing to download)."""
    return not suites.get(name).needs_source


def open_suite(name: str, seed: int = 0, source: str | None = None) -> SuiteData:
    """Suite ``name``'s tasks with their provenance; ``source`` names a data suite's data.

    A data suite without ``source`` is read from its default hub name, or refused with a
    :class:`SuiteDataMissing` naming what to pass; a self-contained suite refuses a source.
    """
    spec = suites.get(name)
    kwargs: dict[str, Any] = {"seed": seed} if takes_seed(spec.loader) else {}
    if spec.needs_source:
        source = source or spec.default_source
        if not source:
            raise SuiteDataMissing(f"suite {name!r} needs its data: pass --suite-source "
                                   f"{spec.source_help or 'PATH'}")
        kwargs["source"] = source
    elif source:
        raise SuiteError(f"suite {name!r} ships its own tasks: --suite-source applies only to data suites "
                         f"({', '.join(n for n in suites.names() if suites.get(n).needs_source) or 'none installed'})")
    loaded = spec.loader(**kwargs)
    data = loaded if isinstance(loaded, SuiteData) else SuiteData(list(loaded), {"source": f"suite:{name}"})
    seen: set[str] = set()
    dupes = sorted({t.id for t in data.tasks if t.id in seen or seen.add(t.id)})  # type: ignore[func-returns-value]
    if dupes:
        raise SuiteError(f"suite {name!r} has duplicate task ids: {', '.join(dupes)}")
    return data


def load_suite(name: str, seed: int = 0, source: str | None = None) -> list[Task]:
    """The tasks of suite ``name``; ``seed`` draws a seeded suite's generated inputs (see :func:`open_suite`)."""
    return open_suite(name, seed, source).tasks


def find_task(task_id: str, seed: int = 0, suite: str | None = None, source: str | None = None) -> Task:
    """A task by id, in ``suite`` if given, else in every self-contained suite (data suites are
    read only when named, so finding a built-in task never touches a dataset or the network)."""
    names = [suite] if suite else [n for n in suites.names() if self_contained(n)]
    for name in names:
        for task in load_suite(name, seed, source if suite else None):
            if task.id == task_id:
                return task
    hint = "" if suite else " (a data suite's task needs --suite NAME [--suite-source PATH])"
    raise UnknownName(f"unknown task {task_id!r}{' in suite ' + repr(suite) if suite else ''}: "
                      f"see `ergon tasks list`{hint}")
