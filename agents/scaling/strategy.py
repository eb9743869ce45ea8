"""What a test-time scaling strategy is: evidence it gathers on a pool, and a choice among members.

``choose`` takes a subset of the pool (``members``) so that a budget sweep can ask what the
strategy would have chosen had it drawn only those candidates (:mod:`agents.scaling.subsample`).
A strategy whose choice is the first of a fixed order over the pool also offers ``rank``, for
which the expected score at every budget has a closed form.
"""

from __future__ import annotations

from typing import Protocol, Sequence, runtime_checkable

from agents.graph import Tools
from agents.scaling.pool import Pool
from harness.providers import SampleRequest


class Strategy(Protocol):
    name: str
    verifications: int
    """Model verifications per solution (Singhi et al.'s V; 0 for strategies that only execute code)."""

    def gather(self, tools: Tools, pool: Pool, req: SampleRequest) -> None:
        """Add to the pool's candidates what ``choose`` needs (behaviour signatures, verdicts of the model)."""
        ...

    def choose(self, pool: Pool, members: Sequence[int]) -> int | None:
        """The member (a position in ``pool.candidates``) to submit, ``None`` when none has code."""
        ...


@runtime_checkable
class Ranked(Protocol):
    def rank(self, pool: Pool) -> list[int]:
        """Every position of the pool, best first: ``choose`` of any subset is its first in this order
        (or ``None`` when that one has no code)."""
        ...


def first_ranked(order: Sequence[int], pool: Pool, members: Sequence[int]) -> int | None:
    wanted = set(members)
    chosen = next((i for i in order if i in wanted), None)
    return chosen if chosen is not None and pool.candidates[chosen].code is not None else None
