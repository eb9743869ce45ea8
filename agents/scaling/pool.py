"""The candidates a strategy chooses from, and what it may know of them.

A pool holds ``n`` replies to the task's usual prompt.  Everything recorded on a candidate is
learnt on the visible view (:func:`agents.visible.visible_view`): the verdict on the visible
tests and the instruction count on the profiling input.  Hidden tests and the scored input
never enter a pool, so no strategy can select by them.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from agents.graph import Tools
from harness.providers import Sample, SampleRequest, Usage
from tasks.results import Verdict

KEY_STRIDE = 1_000_000
"""Request keys: sample index × stride + candidate number (verifications further up), so the
``i``-th candidate of a pool is the same cached reply at every budget ≥ i + 1."""
VERIFY_KEYS = 500_000


@dataclass
class Call:
    """One model call's accounting (a solution or a verification)."""

    prompt_tokens: int
    completion_tokens: int
    cost_usd: float | None
    eflops: float | None
    requests: float = 0.0
    latency_s: float | None = None
    """Wall time of the request (send to last byte), as :class:`harness.providers.Usage` shares it."""
    ttft_s: float | None = None
    """Its time to first token, when streamed."""

    @classmethod
    def of(cls, usage: Usage) -> Call:
        return cls(usage.prompt_tokens, usage.completion_tokens, usage.cost_usd, usage.eflops, usage.requests,
                   usage.latency_s, usage.ttft_s)

    def usage(self) -> Usage:
        return Usage(self.prompt_tokens, self.completion_tokens, self.cost_usd, self.eflops, self.requests,
                     self.latency_s, self.ttft_s)


@dataclass
class Candidate:
    number: int
    code: str | None
    raw: str
    call: Call
    verdict: str
    """On the visible tests (or why there is no code)."""
    detail: str = ""
    instructions: int | None = None
    """On the profiling input, for a candidate that passed the visible tests."""
    signature: str | None = None
    """Its outputs on the visible-side inputs (self-consistency), ``None`` until computed."""
    verifications: list[bool] = field(default_factory=list)
    """Yes/no judgements of a generative verifier."""
    verify_calls: list[Call] = field(default_factory=list)

    @property
    def visible_pass(self) -> bool:
        return self.verdict == Verdict.PASS.value and self.instructions is not None


@dataclass
class Pool:
    task_id: str
    index: int
    candidates: list[Candidate]


def _candidate(tools: Tools, task_id: str, number: int, sample: Sample) -> Candidate:
    call = Call.of(sample.usage)
    if sample.code is None:
        verdict = sample.verdict.value if sample.verdict else Verdict.NO_CODE.value
        return Candidate(number, None, sample.raw or "", call, verdict, sample.detail)
    checked = tools.evaluate(task_id, sample.code, counted=False)
    if checked.verdict != Verdict.PASS:
        return Candidate(number, sample.code, sample.raw or "", call, checked.verdict.value, checked.detail)
    counted = tools.evaluate(task_id, sample.code, counted=True)
    m = counted.measurement
    if counted.verdict != Verdict.PASS or m is None or m.instructions is None:
        verdict = counted.verdict if counted.verdict != Verdict.PASS else Verdict.MEASURE_ERROR
        return Candidate(number, sample.code, sample.raw or "", call, verdict.value, counted.detail or "no count")
    return Candidate(number, sample.code, sample.raw or "", call, Verdict.PASS.value, "", m.instructions)


def draw(tools: Tools, req: SampleRequest, n: int, workers: int = 4) -> Pool:
    """``n`` replies to the task's prompt, each checked on the visible tests and, if correct, profiled."""
    task = tools.tasks[req.task.id]
    opening = tools.model.opening(task, req.kind)

    def one(number: int) -> Candidate:
        sample = tools.model.converse(task, opening, key=req.index * KEY_STRIDE + number)
        return _candidate(tools, task.id, number, sample)

    with ThreadPoolExecutor(max_workers=max(1, min(workers, n))) as pool:
        return Pool(task.id, req.index, list(pool.map(one, range(n))))
