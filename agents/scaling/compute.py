"""Compute spent on a pool: tokens, dollars, FLOPs, Kinetics eFLOPs and Singhi et al.'s budget C.

* FLOPs of a call: 2·P·T with P the model's (active) parameters and T the tokens it processed,
  prompt and completion (the standard forward-pass estimate, Kaplan et al. 2020, "Scaling Laws
  for Neural Language Models", C_forward ≈ 2N per token).
* eFLOPs: Kinetics (Sadhukhan et al. 2025), computed per call by
  :func:`harness.endpoints.cost.sample_eflops` and carried on each sample's usage.
* Budget C: Singhi et al. 2025, "When To Solve, When To Verify: Compute-Optimal Problem Solving
  and Generative Verification for LLM Reasoning": with S solutions and V verifications per
  solution, C = S·(1 + λ·V), λ = T_V / T_S, the mean tokens of a verification over those of a
  solution — measured here from the completion tokens the server reported.
* Serving: the requests' wall time (send to last byte), time to first token (streamed requests)
  and output tokens per second, as measured by the endpoint (:class:`harness.providers.Usage`).
"""

from __future__ import annotations

import functools
from dataclasses import asdict, dataclass
from typing import Iterable

from agents.scaling.pool import Call, Pool
from harness.providers import Usage


def flops(params: float | None, call: Call) -> float | None:
    """2·P·T for one call (``None`` without a parameter count)."""
    return None if params is None else 2.0 * params * (call.prompt_tokens + call.completion_tokens)


def _total(values: Iterable[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


@dataclass(frozen=True)
class Compute:
    solutions: int
    verifications: int
    """Per solution (V)."""
    prompt_tokens: int
    completion_tokens: int
    solution_tokens: float
    """T_S: mean completion tokens of a solution."""
    verification_tokens: float
    """T_V: mean completion tokens of a verification (0 without verifications)."""
    usd: float | None
    flops: float | None
    eflops: float | None
    requests: float = 0.0
    latency_s: float | None = None
    """Seconds the pool's requests took, summed (request-seconds)."""
    ttft_s: float | None = None
    """Their times to first token, summed (known when every request was streamed)."""
    tokens_per_s: float | None = None
    """Output tokens per second of generation (:attr:`harness.providers.Usage.output_tps`)."""

    @property
    def mean_latency_s(self) -> float | None:
        return self.latency_s / self.requests if self.latency_s is not None and self.requests else None

    @property
    def mean_ttft_s(self) -> float | None:
        return self.ttft_s / self.requests if self.ttft_s is not None and self.requests else None

    @property
    def lam(self) -> float:
        """λ = T_V / T_S (Singhi et al. 2025)."""
        return self.verification_tokens / self.solution_tokens if self.solution_tokens else 0.0

    @property
    def budget(self) -> float:
        """C = S·(1 + λ·V) (Singhi et al. 2025), in units of one solution's generation."""
        return self.solutions * (1 + self.lam * self.verifications)

    def summary(self) -> dict[str, float]:
        values = {k: v for k, v in asdict(self).items() if v is not None}
        return {**values, "lambda": self.lam, "budget_c": self.budget,
                **{k: v for k, v in (("mean_latency_s", self.mean_latency_s), ("mean_ttft_s", self.mean_ttft_s))
                   if v is not None}}


def of_pool(pool: Pool, verifications: int, params: float | None) -> Compute:
    """What producing every candidate of ``pool`` cost, and judging each ``verifications`` times
    (a strategy that makes no verifications is not charged for another's on a shared pool)."""
    solutions = [c.call for c in pool.candidates]
    checks = [v for c in pool.candidates for v in c.verify_calls[:verifications]]
    calls = solutions + checks
    serving = functools.reduce(Usage.plus, (c.usage() for c in calls), Usage())
    return Compute(
        solutions=len(solutions), verifications=verifications if checks else 0,
        prompt_tokens=sum(c.prompt_tokens for c in calls), completion_tokens=sum(c.completion_tokens for c in calls),
        solution_tokens=sum(c.completion_tokens for c in solutions) / len(solutions) if solutions else 0.0,
        verification_tokens=sum(c.completion_tokens for c in checks) / len(checks) if checks else 0.0,
        usd=_total(c.cost_usd for c in calls), flops=_total(flops(params, c) for c in calls),
        eflops=_total(c.eflops for c in calls), requests=serving.requests, latency_s=serving.latency_s,
        ttft_s=serving.ttft_s, tokens_per_s=serving.output_tps)
