"""A user's own function as a task the optimize agent can work on (``ergon optimize FILE::FUNCTION``).

The function is isolated from its module: its source plus the module's imports.  What cannot be
isolated that way is refused with one line instead of optimised unchecked — a function that
reads module-level names (constants, other functions, state), declares ``global``/``nonlocal``,
does I/O or imports a module whose results vary between runs.

Equivalence is differential: inputs are the user's (``--input``) plus ones drawn by Hypothesis
from the parameters' type hints (``derandomize``, so the same function gets the same inputs);
the original's outputs on them, taken in the sandbox, are the expected values.  A quarter of
the drawn inputs are shown to the agent; the rest are held out and checked only at the end,
as a suite's hidden tests are.
"""

from __future__ import annotations

import ast
import builtins
import hashlib
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.providers import ModelSpecError
from tasks.canonical import NotCanonical, canonical
from tasks.schema import Reference, Task, TestCase

IMPURE_CALLS = {"open", "print", "input", "exec", "eval", "compile", "__import__", "globals", "locals", "vars", "id",
                "hash", "breakpoint"}
IMPURE_MODULES = {"os", "sys", "io", "subprocess", "socket", "random", "secrets", "time", "datetime", "uuid", "pathlib",
                  "shutil", "tempfile", "threading", "multiprocessing", "asyncio", "urllib", "http", "requests",
                  "logging", "signal", "ctypes"}
DRAWN_INPUTS = 48
SHOWN_FRACTION = 4
"""One drawn input in this many is shown to the agent; the others are held out."""


class CannotIsolate(ModelSpecError):
    """The function cannot be checked on its own, so it is not optimised."""


@dataclass(frozen=True)
class OwnFunction:
    path: Path
    name: str
    source: str
    """The function's source with the module's imports above it: the program the agent starts from."""
    node: ast.FunctionDef
    file_text: str
    hints: dict[str, Any]


def _names_bound(fn: ast.FunctionDef) -> set[str]:
    bound = {a.arg for a in [*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs]}
    bound |= {a.arg for a in (fn.args.vararg, fn.args.kwarg) if a is not None}
    for node in ast.walk(fn):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bound.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node is not fn:
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
    return bound


def _imported(node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.ImportFrom):
        return [(node.module or "").split(".")[0]]
    return [a.name.split(".")[0] for a in node.names]


def load_function(target: str) -> OwnFunction:
    """``path/to/module.py::function``, isolated, or a :class:`CannotIsolate` naming why not."""
    file, sep, name = target.rpartition("::")
    if not sep or not file or not name.isidentifier():
        raise CannotIsolate(f"{target!r}: expected PATH.py::FUNCTION")
    path = Path(file)
    try:
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text, str(path))
    except OSError as exc:
        raise CannotIsolate(f"cannot read {path}: {exc.strerror}") from None
    except SyntaxError as exc:
        raise CannotIsolate(f"{path}:{exc.lineno}: not valid Python ({exc.msg})") from None
    fn = next((n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name), None)
    if fn is None:
        raise CannotIsolate(f"{path} has no module-level function {name!r}")
    imports = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
    impure = sorted({m for n in [*imports, *(x for x in ast.walk(fn) if isinstance(x, (ast.Import, ast.ImportFrom)))]
                     for m in _imported(n) if m in IMPURE_MODULES})
    if impure:
        raise CannotIsolate(f"{name}() cannot be checked in isolation: its module imports {', '.join(impure)} "
                            "(I/O or results that vary between runs)")
    if fn.decorator_list:
        raise CannotIsolate(f"{name}() is decorated: only plain functions can be isolated")
    for node in ast.walk(fn):
        if isinstance(node, (ast.Global, ast.Nonlocal)):
            raise CannotIsolate(f"{name}() declares {type(node).__name__.lower()} {', '.join(node.names)}: "
                                "it changes state outside itself")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in IMPURE_CALLS:
            raise CannotIsolate(f"{name}() calls {node.func.id}(): I/O or results that vary between runs")
    imported = {(a.asname or a.name).split(".")[0] for n in imports for a in n.names}
    free = sorted({n.id for n in ast.walk(fn) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
                  - _names_bound(fn) - imported - set(dir(builtins)))
    if free:
        raise CannotIsolate(f"{name}() reads module-level name(s) {', '.join(free)}: only self-contained "
                            "functions (parameters, locals, imports) can be isolated")
    lines = text.splitlines(keepends=True)
    source = "".join(ast.get_source_segment(text, n) + "\n" for n in imports)  # type: ignore[operator]
    source += ("\n" if imports else "") + "".join(lines[fn.lineno - 1 : fn.end_lineno])
    return OwnFunction(path=path, name=name, source=source, node=fn, file_text=text, hints=_hints(source, name))


def _hints(source: str, name: str) -> dict[str, Any]:
    """The parameters' type hints, resolved in the isolated source's namespace (empty when they cannot be).

    Executing the isolated source defines the function only (imports and a ``def``), so this runs
    nothing of the user's function.
    """
    namespace: dict[str, Any] = {"__name__": "ergon_own_code"}
    try:
        exec(compile(source, f"<{name}>", "exec"), namespace)
        hints = typing.get_type_hints(namespace[name])
    except Exception:
        return {}
    hints.pop("return", None)
    return hints


def parse_inputs(expressions: tuple[str, ...]) -> list[list[Any]]:
    """Each ``--input`` expression as one call's arguments (a tuple is several arguments)."""
    found = []
    for text in expressions:
        try:
            value = eval(compile(text, "--input", "eval"), {"__builtins__": builtins})  # the user's own expression
        except Exception as exc:
            raise ModelSpecError(f"--input {text[:60]!r}: {type(exc).__name__}: {exc}") from None
        args = list(value) if isinstance(value, tuple) else [value]
        try:
            found.append(canonical(args))
        except NotCanonical as exc:
            raise ModelSpecError(f"--input {text[:60]!r}: arguments must be JSON-like values ({exc})") from None
    return found


def drawn_inputs(fn: OwnFunction, params: list[str]) -> list[list[Any]]:
    """Up to :data:`DRAWN_INPUTS` argument lists drawn from the type hints, the same every time."""
    if not params or any(p not in fn.hints for p in params):
        return []
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    drawn: list[list[Any]] = []
    try:
        strategies = [st.from_type(fn.hints[p]) for p in params]

        @settings(max_examples=DRAWN_INPUTS, derandomize=True, database=None, deadline=None,
                  suppress_health_check=list(HealthCheck))
        @given(st.tuples(*strategies))
        def collect(args: tuple[Any, ...]) -> None:
            try:
                value = canonical(list(args))
            except NotCanonical:
                return
            if value not in drawn:
                drawn.append(value)

        collect()
    except Exception:  # a hint Hypothesis cannot draw from: the user's inputs only
        return drawn
    return drawn


def as_task(fn: OwnFunction, inputs: list[list[Any]], drawn: list[list[Any]], outputs: list[Any]) -> Task:
    """The function as an ``edit`` task: every input's expected value is the original's output.

    ``outputs`` follow ``inputs + drawn``.  The user's first input is the counted one (and the
    profiling input: there is no secret scoring input for the user's own code); every
    :data:`SHOWN_FRACTION`-th drawn input and the user's inputs are visible, the rest hidden.
    """
    tests = [TestCase(args=a, expected=o, label=f"input-{i}") for i, (a, o) in enumerate(zip(inputs, outputs))]
    tests += [TestCase(args=a, expected=o, label=f"drawn-{i}", hidden=i % SHOWN_FRACTION != 0)
              for i, (a, o) in enumerate(zip(drawn, outputs[len(inputs):]))]
    digest = hashlib.sha256(fn.source.encode()).hexdigest()[:8]
    prompt = (f"Make the Python function `{fn.name}` below run faster while returning exactly the same results "
              f"for every input (it is checked against the original on many inputs).")
    return Task(id=f"own.{fn.name}.{digest}", suite="own", kinds=("edit",), prompt=prompt, entry_point=fn.name,
                tests=tuple(tests), perf_args=inputs[0], perf_expected=outputs[0], profile_args=inputs[0],
                references=tuple(Reference(tier=t, code=fn.source) for t in ("original", "original-2", "original-3")))


def parameters(fn: OwnFunction) -> list[str]:
    args = fn.node.args
    if args.vararg or args.kwarg or args.kwonlyargs or args.posonlyargs:
        raise CannotIsolate(f"{fn.name}() takes *args, **kwargs or keyword-only parameters: "
                            "give plain positional parameters")
    return [a.arg for a in args.args]


def rewritten(fn: OwnFunction, code: str) -> str:
    """The user's file with the function replaced by ``code`` (imports it already has left out)."""
    module_imports = {ast.dump(n) for n in ast.parse(fn.file_text).body if isinstance(n, (ast.Import, ast.ImportFrom))}
    tree = ast.parse(code)
    kept = [n for n in tree.body if not (isinstance(n, (ast.Import, ast.ImportFrom)) and ast.dump(n) in module_imports)]
    new = "".join(ast.get_source_segment(code, n) + "\n" for n in kept)  # type: ignore[operator]
    lines = fn.file_text.splitlines(keepends=True)
    return "".join(lines[: fn.node.lineno - 1]) + new + "".join(lines[fn.node.end_lineno :])
