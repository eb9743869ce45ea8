"""The optimisation graph's typed state, as LangGraph checkpoints it.

Everything here is plain JSON-like data (the checkpointer serialises it after every node);
the task itself stays out of the state — the graph looks it up by id — so a checkpoint holds
candidates and verdicts, never a task's inputs.
"""

from __future__ import annotations

import operator
from typing import Annotated, NotRequired, TypedDict

from harness.providers import Usage


class Candidate(TypedDict):
    id: str
    """``"3"`` for round 3, ``"3.1"`` for its second parallel proposal."""
    parent: str | None
    kind: str
    """``draft``, ``edit`` (of a correct parent) or ``repair`` (of a failing one)."""
    round: int
    code: str | None
    raw: str
    verdict: str | None
    """On the visible view; ``None`` until checked."""
    detail: str
    instructions: int | None
    """On the profiling input; ``None`` until profiled (or when not correct)."""
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float | None
    eflops: float | None
    lines: NotRequired[dict[str, int] | None]
    """Executions per line (``"LINE"`` → count) on the profiling input; absent or ``None`` when not profiled."""
    seconds: NotRequired[float]
    """Wall time of the model call that made it (parallel proposals overlap: a round takes their maximum)."""
    prompt_chars: NotRequired[int]
    """Characters of the prompt it was made from: with its reported prompt tokens, calibrates the next round's estimate."""
    requests: NotRequired[float]
    """Share of the model requests behind it, and their seconds (see :class:`harness.providers.Usage`);
    a checkpoint written before these were kept lacks the three."""
    latency_s: NotRequired[float | None]
    ttft_s: NotRequired[float | None]


def usage_of(c: Candidate) -> Usage:
    return Usage(c["prompt_tokens"], c["completion_tokens"], c["cost_usd"], c["eflops"], c.get("requests", 0.0),
                 c.get("latency_s"), c.get("ttft_s"))


def merge(old: dict[str, Candidate], new: dict[str, Candidate]) -> dict[str, Candidate]:
    """Reducer: parallel proposals add candidates; check and profile replace them by id."""
    return {**old, **new}


def latest(old: int, new: int) -> int:
    """Reducer: the highest round number reported (parallel proposals of a round report the same)."""
    return max(old, new)


class AgentState(TypedDict, total=False):
    task_id: str
    index: int
    kind: str
    """How the task is posed (``generate`` or ``edit``)."""
    candidates: Annotated[dict[str, Candidate], merge]
    rounds: Annotated[int, latest]
    """Model rounds started (the draft is round 1); parallel proposals of a round report the same number."""
    best: str | None
    """The correct candidate with the fewest instructions on the profiling input."""
    stale: int
    """Rounds since ``best`` last improved."""
    parent: str | None
    """The candidate the next round starts from."""
    feedback: str
    """What the next round is told about ``parent``."""
    max_tokens: int | None
    """Completion cap of each proposal of the next round (what the token budget leaves)."""
    wall_s: Annotated[float, operator.add]
    """Wall time of the trajectory's finished rounds (model calls, sandbox runs, bookkeeping), seconds.

    Each node adds its own; a node killed half-way adds nothing, so a resumed trajectory is
    charged only for work that counted."""
    lap_s: float
    """``wall_s`` when the last ``select`` ran: the next one tells how long a round takes."""
    target: int | None
    """The fastest reference tier's count on the profiling input (never shown to the model)."""
    stop_reason: str | None
    final: str | None
    """The candidate that becomes the sample."""


class Proposal(TypedDict):
    """What one parallel ``propose`` branch gets (LangGraph ``Send`` payload)."""

    task_id: str
    index: int
    kind: str
    round: int
    branch: int
    parent: Candidate
    feedback: str
    max_tokens: int | None


def spent_tokens(candidates: dict[str, Candidate]) -> int:
    return sum(c["prompt_tokens"] + c["completion_tokens"] for c in candidates.values())


def spent_usd(candidates: dict[str, Candidate]) -> float | None:
    costs = [c["cost_usd"] for c in candidates.values() if c["cost_usd"] is not None]
    return sum(costs) if costs else None


def order(candidate: Candidate) -> tuple[int, int]:
    """Chronological: by round, then branch."""
    _, _, branch = candidate["id"].partition(".")
    return candidate["round"], int(branch or 0)
