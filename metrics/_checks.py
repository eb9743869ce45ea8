"""Shared input checks: every metric rejects bad input with a :class:`ValueError` saying why."""

from __future__ import annotations

import math
import operator
from typing import Iterable, Sequence


def as_count(value: object, name: str, *, minimum: int = 0) -> int:
    """``value`` as an ``int`` of at least ``minimum`` (bools and floats are refused)."""
    if isinstance(value, bool):
        raise ValueError(f"{name} must be an integer, got the bool {value!r}")
    try:
        number = operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise ValueError(f"{name} must be an integer, got {value!r}") from None
    if number < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {number}")
    return number


def as_real(value: object, name: str, *, positive: bool = False, nonnegative: bool = False) -> float:
    """``value`` as a finite ``float``, optionally required to be > 0 or >= 0."""
    if isinstance(value, bool):
        raise ValueError(f"{name} must be a number, got the bool {value!r}")
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, got {value!r}") from None
    if not math.isfinite(number):
        raise ValueError(f"{name} must be finite, got {number}")
    if positive and number <= 0:
        raise ValueError(f"{name} must be > 0, got {number}")
    if nonnegative and number < 0:
        raise ValueError(f"{name} must be >= 0, got {number}")
    return number


def as_reals(values: Iterable[object], name: str, *, positive: bool = False,
             nonnegative: bool = False, nonempty: bool = True) -> list[float]:
    """Every element through :func:`as_real`; an empty input is refused unless allowed."""
    items = [as_real(v, f"{name}[{i}]", positive=positive, nonnegative=nonnegative)
             for i, v in enumerate(values)]
    if nonempty and not items:
        raise ValueError(f"{name} must not be empty")
    return items


def optional_reals(values: Iterable[object], name: str, *, positive: bool = False,
                   nonnegative: bool = False) -> list[float | None]:
    """Like :func:`as_reals` but ``None`` (a wrong, failed or timed-out sample) passes through."""
    return [None if v is None else as_real(v, f"{name}[{i}]", positive=positive, nonnegative=nonnegative)
            for i, v in enumerate(values)]


def same_length(a: Sequence[object], b: Sequence[object], name_a: str, name_b: str) -> None:
    if len(a) != len(b):
        raise ValueError(f"{name_a} and {name_b} must have the same length, got {len(a)} and {len(b)}")
