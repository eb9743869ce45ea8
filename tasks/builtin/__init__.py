"""The built-in suite: original Python function-level efficiency tasks, one module each."""

from __future__ import annotations

import importlib
import pkgutil

from tasks.authoring import load_task_module
from tasks.registry import suite
from tasks.schema import Task


@suite("builtin")
def builtin(seed: int = 0) -> list[Task]:
    """The tasks with their generated inputs drawn from ``seed`` (a results store's own secret seed in runs)."""
    modules = sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
    return [load_task_module(importlib.import_module(f"{__name__}.{m}"), suite="builtin", seed=seed) for m in modules]
