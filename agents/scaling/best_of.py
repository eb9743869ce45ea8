"""Best-of-N: of the candidates that pass the visible tests, the one with the fewest instructions
on the profiling input; with none passing, the first candidate with code (the run will fail it)."""

from __future__ import annotations

from typing import Sequence

from agents.graph import Tools
from agents.scaling.pool import Candidate, Pool
from agents.scaling.strategy import first_ranked
from harness.providers import SampleRequest

NAME = "best-of"


def key(c: Candidate) -> tuple[int, int, int]:
    if c.visible_pass:
        assert c.instructions is not None
        return 0, c.instructions, c.number
    return (1 if c.code is not None else 2), 0, c.number


class BestOf:
    name = NAME
    verifications = 0

    def gather(self, tools: Tools, pool: Pool, req: SampleRequest) -> None:
        """Nothing beyond the pool: visible verdicts and profiling counts are all it uses."""

    def rank(self, pool: Pool) -> list[int]:
        return sorted(range(len(pool.candidates)), key=lambda i: key(pool.candidates[i]))

    def choose(self, pool: Pool, members: Sequence[int]) -> int | None:
        return first_ranked(self.rank(pool), pool, members)
