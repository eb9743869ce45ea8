"""Canonical, comparable form of values crossing the sandbox boundary.

Shipped into the sandbox next to ``runner.py`` and imported by the host, so both sides agree.
Only exact builtin types are accepted: a candidate returning an object with a rigged
``__eq__`` (or a subclass of ``int``) gets a ``bad-output`` verdict instead of a pass.
"""

from __future__ import annotations

import math
from _json import encode_basestring_ascii, make_encoder

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class NotCanonical(TypeError):
    """A value of a type that cannot cross the sandbox boundary."""


def _no_json_form(value: object) -> object:
    raise TypeError(f"{type(value).__qualname__} has no JSON form")


_ORDER_TEXT = make_encoder(None, _no_json_form, encode_basestring_ascii, None, ": ", ", ", True, False, True)
"""The C encoder that ``json.dumps(value, sort_keys=True)`` runs, with its separators: the text that
orders a set's elements and a dict's non-string keys.  Not ``json`` itself: this module is imported by
the sandbox's measuring child, where ``json`` (and ``re`` with it) costs ~0.15 s of CPU under qemu-user
before every count.  Its values are trees of JSON types (made by :func:`canonical` or
:func:`to_wire`), so the encoder needs no cycle check."""


def _order(value: Any) -> str:
    return "".join(_ORDER_TEXT(value, 0))


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
    if t is complex:
        return {"__complex__": [canonical(value.real, _depth + 1), canonical(value.imag, _depth + 1)]}
    if t is list or t is tuple:
        return [canonical(v, _depth + 1) for v in value]
    if t is dict:
        if not all(type(k) is str for k in value):
            return {"__items__": sorted(([canonical(k, _depth + 1), canonical(v, _depth + 1)] for k, v in value.items()),
                                        key=_order)}
        return {k: canonical(v, _depth + 1) for k, v in value.items()}
    if t is set or t is frozenset:
        return {"__set__": sorted((canonical(v, _depth + 1) for v in value),
                                  key=_order)}
    raise NotCanonical(f"unsupported output type {t.__module__}.{t.__qualname__}")


WIRE_TAGS = ("__tuple__", "__set__", "__complex__")
"""Arguments travel as JSON: a tuple, set or complex number goes as a one-key object with one of
these tags (``to_wire``) and is made again in the sandbox before the call (``from_wire``), as
evalplus's ``mbpp_deserialize_inputs`` restores MBPP's tuples, sets and complex numbers."""


def to_wire(value: Any, _depth: int = 0) -> Any:
    """``value`` as JSON data, tuples, sets and complex numbers tagged; :class:`NotCanonical` for
    anything else JSON cannot carry (other types, non-string keys, a dict that looks like a tag)."""
    if _depth > 200:
        raise NotCanonical("argument nested deeper than 200 levels")
    t = type(value)
    if value is None or t in (bool, int, float, str):
        return value
    if t is list:
        return [to_wire(v, _depth + 1) for v in value]
    if t is tuple:
        return {"__tuple__": [to_wire(v, _depth + 1) for v in value]}
    if t is set:
        return {"__set__": sorted((to_wire(v, _depth + 1) for v in value), key=_order)}
    if t is complex:
        return {"__complex__": [value.real, value.imag]}
    if t is dict and all(type(k) is str for k in value):
        if len(value) == 1 and next(iter(value)) in WIRE_TAGS:
            raise NotCanonical(f"a dict keyed {next(iter(value))!r} cannot be told from a tagged value")
        return {k: to_wire(v, _depth + 1) for k, v in value.items()}
    raise NotCanonical(f"arguments hold {t.__name__} values, which Ergon's JSON arguments cannot carry")


def from_wire(value: Any) -> Any:
    """The argument ``to_wire`` encoded: tagged objects become tuples, sets and complex numbers again."""
    t = type(value)
    if t is list:
        return [from_wire(v) for v in value]
    if t is dict:
        if len(value) == 1:
            tag, inner = next(iter(value.items()))
            if tag == "__tuple__":
                return tuple(from_wire(v) for v in inner)
            if tag == "__set__":
                return {from_wire(v) for v in inner}
            if tag == "__complex__":
                return complex(inner[0], inner[1])
        return {k: from_wire(v) for k, v in value.items()}
    return value


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
