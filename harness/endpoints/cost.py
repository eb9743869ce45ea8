"""What a sample cost: tokens, dollars and effective FLOPs.

Token counts come from the server's ``usage`` when it reports one.  Otherwise they are
*approximated* as ⌈characters / 4⌉, OpenAI's rule of thumb for English text ("1 token ~= 4
chars in English", OpenAI Help Center, "What are tokens and how to count them?").  Code and
other languages tokenize differently, so this is good enough for budgets, not for billing.

When one call returns several samples, the call's tokens are shared out so that summing
over samples gives what the call was billed: the prompt evenly, the completion tokens in
proportion to each reply's length.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

CHARS_PER_TOKEN = 4
B200_INTENSITY = 562.5
"""Arithmetic intensity (FLOPs per byte) of an NVIDIA B200, the value Kinetics uses."""


def approx_tokens(text: str) -> int:
    return math.ceil(len(text) / CHARS_PER_TOKEN)


@dataclass(frozen=True)
class Price:
    """Dollars per million tokens."""

    input_usd_per_mtok: float
    output_usd_per_mtok: float

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return (prompt_tokens * self.input_usd_per_mtok + completion_tokens * self.output_usd_per_mtok) / 1e6


@dataclass(frozen=True)
class Architecture:
    """What the Kinetics cost model needs to know about a transformer."""

    params: float
    """Active parameters P (for a mixture of experts, the parameters used per token)."""
    layers: int
    kv_heads: int
    head_dim: int
    gqa_ratio: float
    """r: query heads per key/value head (1 for multi-head attention)."""
    intensity: float = B200_INTENSITY

    @property
    def kv_size(self) -> int:
        """D: KV-cache elements per token, K and V over all layers (2 · layers · kv_heads · head_dim)."""
        return 2 * self.layers * self.kv_heads * self.head_dim


def kinetics_eflops(arch: Architecture, prompt_tokens: int, output_tokens: int, trials: int = 1) -> float:
    """Effective FLOPs of generating ``trials`` replies of ``output_tokens`` each to one prompt.

    Kinetics (Sadhukhan, Chen, Zheng, Zhou, Strubell, Chen, "Kinetics: Rethinking Test-Time
    Scaling Law", NeurIPS 2025) counts
    attention's memory traffic as compute at the hardware's arithmetic intensity I::

        eFLOPs = C_comp + I · C_mem
        C_comp = 2·N·P·L_out + 2·r·N·L_in·D·L_out + r·N·D·L_out²
        C_mem  = 2·L_in·D·L_out + N·D·L_out²

    with N trials, P active parameters, prompt length L_in, generation length L_out, D the
    KV size per token and r the GQA ratio.  The prompt's KV cache is read once, shared by the
    N trials; loading the weights is left out.
    """
    n, p, r, d = trials, arch.params, arch.gqa_ratio, arch.kv_size
    l_in, l_out = prompt_tokens, output_tokens
    c_comp = 2 * n * p * l_out + 2 * r * n * l_in * d * l_out + r * n * d * l_out**2
    c_mem = 2 * l_in * d * l_out + n * d * l_out**2
    return c_comp + arch.intensity * c_mem


def sample_eflops(arch: Architecture, prompt_tokens: int, output_tokens: int, trials: int) -> float:
    """One sample's share of :func:`kinetics_eflops` when it was one of ``trials`` replies to one call.

    Every term of the formula is per trial except the shared read of the prompt's KV cache,
    which is split evenly; for equal lengths the shares add up to exactly
    ``kinetics_eflops(arch, L_in, L_out, trials)``.
    """
    d = arch.kv_size
    shared = arch.intensity * 2 * prompt_tokens * d * output_tokens
    return kinetics_eflops(arch, prompt_tokens, output_tokens, 1) - shared + shared / trials


def split_evenly(total: int, parts: int) -> list[int]:
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def split_by_weight(total: int, weights: Sequence[int]) -> list[int]:
    """Integer shares of ``total`` proportional to ``weights`` (largest remainder), summing to ``total``."""
    if sum(weights) == 0:
        return split_evenly(total, len(weights))
    exact = [total * w / sum(weights) for w in weights]
    shares = [math.floor(x) for x in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: exact[i] - shares[i], reverse=True)
    for i in by_remainder[: total - sum(shares)]:
        shares[i] += 1
    return shares
