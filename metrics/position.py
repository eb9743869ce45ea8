"""Ergon's continuous efficiency score: where a candidate's instruction count sits, on a log
scale, between the slowest and the fastest reference.

    position(x) = (ln slowest − ln x) / (ln slowest − ln fastest)

1.0 matches the fastest reference, 0.0 matches the slowest, above 1 beats the fastest, below
0 is slower than the slowest (unbounded both ways).  This is Ergon's own metric, not a peer's;
it sits beside EvalPerf's DPS (:mod:`metrics.evalperf`) as the primary number.

Why it is robust where DPS is not: DPS is a step function of the count — with three tiers
and EvalPerf's ``count <= tier`` rule, a solution of the best complexity that is 1–8 % above
the fastest tier loses a third of its score, and one 2 % above the middle tier ties with the
naive loop.  ``position`` is continuous and moves with ``ln x``: a relative change ``ε`` in
the count moves it by ``ln(1+ε)/ln(slowest/fastest)``, e.g. about 0.009 for 2 % on a 9×
ladder, so near-ties score nearly the same, and a model is never rewarded or punished by
which side of a tier boundary measurement noise puts it.  On the log scale a 2× gain counts
the same anywhere on the ladder, matching how speedups compose; a ratio-of-times score
would instead be dominated by tasks with the widest ladders.

Per task the score is the mean over the *passing* samples (correctness is reported
separately, as pass@k); a model's score is the mean over tasks with a bootstrap interval
(:func:`metrics.aggregate.bootstrap_present`).  For ``k > 1``, :func:`position_at_k` is the
expected best score among ``k`` samples given that one of them is correct
(:func:`metrics.passk.expected_best_of_k`).
"""

from __future__ import annotations

import math
import statistics
from typing import Sequence

from metrics._checks import as_real
from metrics.passk import expected_best_of_k


def log_position(count: float, slowest: float, fastest: float) -> float:
    """Position of ``count`` on the log scale from ``slowest`` (0) to ``fastest`` (1)."""
    x = as_real(count, "count", positive=True)
    hi = as_real(slowest, "slowest", positive=True)
    lo = as_real(fastest, "fastest", positive=True)
    if not lo < hi:
        raise ValueError(f"the fastest reference must count fewer instructions than the slowest, "
                         f"got fastest={lo}, slowest={hi}")
    return (math.log(hi) - math.log(x)) / (math.log(hi) - math.log(lo))


def task_position(counts: Sequence[float | None], slowest: float, fastest: float) -> float | None:
    """Mean :func:`log_position` over a task's passing samples (``None`` = not passing).

    ``None`` when no sample passes.
    """
    scores = [log_position(c, slowest, fastest) for c in counts if c is not None]
    return statistics.fmean(scores) if scores else None


def position_at_k(counts: Sequence[float | None], slowest: float, fastest: float, k: int) -> float | None:
    """Expected best :func:`log_position` among ``k`` of the samples, given one is correct.

    ``None`` when no sample passes; equals :func:`task_position` for ``k = 1``.
    """
    scores = [log_position(c, slowest, fastest) for c in counts if c is not None]
    return expected_best_of_k(scores, len(counts), k)
