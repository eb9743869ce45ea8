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
from dataclasses import dataclass
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
    solution_tokens: float
    """T_S: mean completion tokens of a solution."""
    verification_tokens: float
    """T_V: mean completion tokens of a verification (0 without verifications)."""
    flops: float | None
    serving: Usage
    """Every call's usage summed: tokens, dollars, eFLOPs, requests and their serving times."""

    @property
    def prompt_tokens(self) -> int:
        return self.serving.prompt_tokens

    @property
    def completion_tokens(self) -> int:
        return self.serving.completion_tokens

    @property
    def usd(self) -> float | None:
        return self.serving.cost_usd

    @property
    def eflops(self) -> float | None:
        return self.serving.eflops

    @property
    def lam(self) -> float:
        """λ = T_V / T_S (Singhi et al. 2025)."""
        return self.verification_tokens / self.solution_tokens if self.solution_tokens else 0.0

    @property
    def budget(self) -> float:
        """C = S·(1 + λ·V) (Singhi et al. 2025), in units of one solution's generation."""
        return self.solutions * (1 + self.lam * self.verifications)

    def summary(self) -> dict[str, float]:
        u = self.serving
        values = {"solutions": self.solutions, "verifications": self.verifications, "prompt_tokens": u.prompt_tokens,
                  "completion_tokens": u.completion_tokens, "solution_tokens": self.solution_tokens,
                  "verification_tokens": self.verification_tokens, "usd": u.cost_usd, "flops": self.flops,
                  "eflops": u.eflops, "requests": u.requests, "latency_s": u.latency_s, "ttft_s": u.ttft_s,
                  "tokens_per_s": u.output_tps, "mean_latency_s": u.mean_latency_s, "mean_ttft_s": u.mean_ttft_s}
        return {**{k: v for k, v in values.items() if v is not None}, "lambda": self.lam, "budget_c": self.budget}


def of_pool(pool: Pool, verifications: int, params: float | None) -> Compute:
    """What producing every candidate of ``pool`` cost, and judging each ``verifications`` times
    (a strategy that makes no verifications is not charged for another's on a shared pool)."""
    solutions = [c.call for c in pool.candidates]
    checks = [v for c in pool.candidates for v in c.verify_calls[:verifications]]
    calls = solutions + checks
    serving = functools.reduce(Usage.plus, (c.usage() for c in calls), Usage())
    return Compute(
        solutions=len(solutions), verifications=verifications if checks else 0,
        solution_tokens=sum(c.completion_tokens for c in solutions) / len(solutions) if solutions else 0.0,
        verification_tokens=sum(c.completion_tokens for c in checks) / len(checks) if checks else 0.0,
        flops=_total(flops(params, c) for c in calls), serving=serving)
