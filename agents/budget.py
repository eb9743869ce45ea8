"""What an agent may spend on one task, and how to tell it has spent it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from harness.providers import ModelSpecError

KNOWN = {"tokens": "model tokens (prompt + completion) per task", "usd": "dollars per task (models with a price)",
         "seconds": "wall-clock seconds per task (a round starts only if one as long as the last still fits)",
         "width": "parallel proposals per round", "patience": "rounds without improvement before stopping"}


@dataclass(frozen=True)
class Budget:
    """Limits per (task, sample). ``iterations`` counts model rounds, the draft being the first;
    a round of ``width`` parallel proposals is one iteration."""

    iterations: int
    tokens: int | None = None
    usd: float | None = None
    seconds: float | None = None
    width: int = 1
    patience: int | None = None

    @classmethod
    def from_spec(cls, iterations: int, extra: Mapping[str, float]) -> Budget:
        """The budget of ``MODEL+AGENT@ITERATIONS`` plus ``--budget`` keys, or a one-line error."""
        unknown = sorted(set(extra) - set(KNOWN))
        if unknown:
            raise ModelSpecError(f"unknown budget key(s) {', '.join(unknown)} (known: iterations, "
                                 + ", ".join(f"{k} = {v}" for k, v in KNOWN.items()) + ")")
        for key in ("tokens", "width", "patience"):
            if key in extra and (extra[key] != int(extra[key]) or extra[key] < 1):
                raise ModelSpecError(f"budget {key}={extra[key]:g}: must be a whole number ≥ 1")
        if "seconds" in extra and extra["seconds"] <= 0:
            raise ModelSpecError(f"budget seconds={extra['seconds']:g}: must be more than 0")
        return cls(iterations=iterations,
                   tokens=int(extra["tokens"]) if "tokens" in extra else None,
                   usd=float(extra["usd"]) if "usd" in extra else None,
                   seconds=float(extra["seconds"]) if "seconds" in extra else None,
                   width=int(extra.get("width", 1)),
                   patience=int(extra["patience"]) if "patience" in extra else None)

    def exhausted(self, rounds: int, tokens: int, usd: float | None, next_prompt_tokens: int,
                  seconds: float = 0.0, last_round_s: float = 0.0) -> str | None:
        """Why no further round may start, or ``None``.

        A round starts only if its estimated prompts (``next_prompt_tokens`` each, ``width``
        of them) leave completion tokens to spare; its completions are then capped by
        :meth:`completion_cap`, so the token budget holds up to the estimate's error.  Wall
        time cannot be capped in advance: a round starts only if one as long as the last
        (``last_round_s``) would end within the budget.
        """
        if rounds >= self.iterations:
            return f"budget: {rounds} of {self.iterations} iterations used"
        if self.tokens is not None and tokens + self.width * next_prompt_tokens >= self.tokens:
            return f"budget: {tokens:,} of {self.tokens:,} tokens used, too few left for another round"
        if self.usd is not None and usd is not None and usd >= self.usd:
            return f"budget: ${usd:.4f} of ${self.usd:.4f} spent"
        if self.seconds is not None and seconds + last_round_s > self.seconds:
            return (f"budget: {seconds:.1f} of {self.seconds:g} s used, too little for another round "
                    f"(the last took {last_round_s:.1f} s)")
        return None

    def completion_cap(self, tokens: int, prompt_tokens: int) -> int | None:
        """The most completion tokens each proposal of the next round may use."""
        if self.tokens is None:
            return None
        return max(1, (self.tokens - tokens - self.width * prompt_tokens) // self.width)
