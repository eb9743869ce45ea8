"""Canonical, comparable form of values crossing the sandbox boundary.

Shipped into the sandbox next to ``runner.py`` and imported by the host, so both sides agree.
Only exact builtin types are accepted: a candidate returning an object with a rigged
``__eq__`` (or a subclass of ``int``) gets a ``bad-output`` verdict instead of a pass.
"""

from __future__ import annotations

import json
import math
from typing import Any


class NotCanonical(TypeError):
    """A value of a type that cannot cross the sandbox boundary."""


def canonical(value: Any, _depth: int = 0) -> Any:
    if _depth > 200:
        raise NotCanonical("output nested deeper than 200 levels")
    t = type(value)
    if value is None or t is bool or t is int or t is str:
        return value
    if t is float:
        if math.isnan(value):
            return {"__float__": "nan"}
        if math.isinf(value):
            return {"__float__": "inf" if value > 0 else "-inf"}
        return value
    if t is list or t is tuple:
        return [canonical(v, _depth + 1) for v in value]
    if t is dict:
        if not all(type(k) is str for k in value):
            return {"__items__": sorted(([canonical(k, _depth + 1), canonical(v, _depth + 1)] for k, v in value.items()),
                                        key=lambda kv: json.dumps(kv, sort_keys=True))}
        return {k: canonical(v, _depth + 1) for k, v in value.items()}
    if t is set or t is frozenset:
        return {"__set__": sorted((canonical(v, _depth + 1) for v in value),
                                  key=lambda v: json.dumps(v, sort_keys=True))}
    raise NotCanonical(f"unsupported output type {t.__module__}.{t.__qualname__}")


def equal(got: Any, expected: Any, rel_tol: float = 0.0) -> bool:
    """Structural equality of canonical values; floats within ``rel_tol`` when it is set."""
    if type(got) is float or type(expected) is float:
        if type(got) not in (int, float) or type(expected) not in (int, float):
            return False
        return got == expected or (rel_tol > 0 and math.isclose(got, expected, rel_tol=rel_tol, abs_tol=rel_tol))
    if type(got) is not type(expected):
        return False
    if type(got) is list:
        return len(got) == len(expected) and all(equal(g, e, rel_tol) for g, e in zip(got, expected))
    if type(got) is dict:
        return got.keys() == expected.keys() and all(equal(got[k], expected[k], rel_tol) for k in got)
    return got == expected
