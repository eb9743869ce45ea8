"""ENAMEL's efficiency metric eff@k (Qiu et al., "How Efficient is LLM-Generated Code? A
Rigorous & High-Standard Benchmark", ICLR 2025).

* Timings of one test are summarised by the Hodges–Lehmann estimator: the median of the
  Walsh averages ``(x_i + x_j)/2`` over ``i <= j``.
* Tests are grouped in levels ``j`` with weights ``h_j`` (ENAMEL uses ``[0, 3, 3, 4]``; level 0
  checks correctness only).  With ``t*_j`` the reference time at level ``j`` and
  ``T = α · max_{hard j} t*_j`` (``α = 2``), a sample's level score is
  ``e_j = max(0, T − max_k HL_{j,k}) / (T − t*_j)``.  A timeout/OOM at level ``j`` zeroes
  ``e_j`` and every later level (running to ``T`` or beyond counts as a timeout); a wrong output or a failure at level 0 zeroes the sample.
  The sample's efficiency is ``e = Σ h_j e_j / Σ h_j``.
* eff@k, unbiased and Rao–Blackwellised: with ``e_(1) <= … <= e_(n)``,
  ``eff@k = Σ_{r=k}^{n} C(r−1, k−1)/C(n, k) · e_(r)``, computed with the stable recursion
  ``λ_n = k/n``, ``λ_r = λ_{r+1} · (1 − (k−1)/r)``.

Source: ``enam/evaluate.py`` (``calc_exec_time``, ``calc_eff``, ``calc_eff_at_k``,
``Evaluator.evaluate1``/``evaluate``) in q-rz/enamel at commit
b97da79c779b98eaa8b2a1b17a13d2eb0b6d16a5.  There, ``t*_j`` is the largest reference time over
the tests of level ``j`` and eff@k is reported only for ``k`` up to the smallest number of
samples of any problem.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from metrics._checks import as_count, as_real, as_reals

DEFAULT_WEIGHTS: tuple[float, ...] = (0.0, 3.0, 3.0, 4.0)
"""ENAMEL's level weights ``h_j``."""

DEFAULT_ALPHA = 2.0
"""ENAMEL's time-limit factor ``α``."""


def hodges_lehmann(samples: Iterable[float]) -> float:
    """Hodges–Lehmann location estimate: median of all ``(x_i + x_j)/2`` with ``i <= j``."""
    xs = as_reals(samples, "samples")
    walsh = sorted((xs[i] + xs[j]) / 2.0 for i in range(len(xs)) for j in range(i, len(xs)))
    mid = len(walsh) // 2
    if len(walsh) % 2:
        return walsh[mid]
    return (walsh[mid - 1] + walsh[mid]) / 2.0


def time_limit(reference_times: Sequence[float], weights: Sequence[float] = DEFAULT_WEIGHTS,
               alpha: float = DEFAULT_ALPHA) -> float:
    """``T = α · max t*_j`` over the hard levels (those with weight ``h_j > 0``)."""
    refs = as_reals(reference_times, "reference_times", nonnegative=True)
    hs = as_reals(weights, "weights", nonnegative=True)
    if len(refs) != len(hs):
        raise ValueError(f"reference_times and weights must have one entry per level, got {len(refs)} and {len(hs)}")
    a = as_real(alpha, "alpha", positive=True)
    hard = [t for t, h in zip(refs, hs) if h > 0]
    if not hard:
        raise ValueError("at least one level must have a positive weight")
    return a * max(hard)


def sample_efficiency(level_times: Sequence[Sequence[float] | None], reference_times: Sequence[float],
                      weights: Sequence[float] = DEFAULT_WEIGHTS, alpha: float = DEFAULT_ALPHA,
                      *, correct: bool = True) -> float:
    """ENAMEL's per-sample efficiency ``e = Σ h_j e_j / Σ h_j``.

    ``level_times[j]`` holds the sample's Hodges–Lehmann time on each test of level ``j``
    (see :func:`hodges_lehmann`), or ``None`` if it timed out / ran out of memory there;
    ``reference_times[j]`` is the reference time ``t*_j``.  ``correct=False`` (a wrong output)
    or a failure at level 0 gives 0.
    """
    refs = as_reals(reference_times, "reference_times", nonnegative=True)
    hs = as_reals(weights, "weights", nonnegative=True)
    if not (len(level_times) == len(refs) == len(hs)):
        raise ValueError("level_times, reference_times and weights must have one entry per level, "
                         f"got {len(level_times)}, {len(refs)} and {len(hs)}")
    limit = time_limit(refs, hs, alpha)
    if not correct or level_times[0] is None:
        return 0.0
    total = 0.0
    for j, (times, t_ref, h) in enumerate(zip(level_times, refs, hs)):
        if times is None:
            break  # timeout/OOM: this level and every later one score 0
        observed = as_reals(times, f"level_times[{j}]", nonnegative=True)
        if max(observed) >= limit:
            break  # over the time limit is a timeout: zero from here on
        if h == 0:
            continue
        if limit <= t_ref:
            raise ValueError(f"time limit {limit} must exceed the reference time {t_ref} of level {j}")
        total += h * max(0.0, limit - max(observed)) / (limit - t_ref)
    return total / sum(hs)


def eff_at_k(efficiencies: Sequence[float], k: int) -> float:
    """Unbiased Rao–Blackwellised eff@k: expected best efficiency among k of the n samples."""
    es = sorted(as_reals(efficiencies, "efficiencies", nonnegative=True))
    n = len(es)
    k = as_count(k, "k", minimum=1)
    if k > n:
        raise ValueError(f"k must be <= n (samples), got k={k} > n={n}")
    weight = k / n  # λ_n
    total = weight * es[n - 1]
    for r in range(n - 1, k - 1, -1):  # r = n-1 … k (1-based ranks)
        weight *= 1.0 - (k - 1) / r
        total += weight * es[r - 1]
    return total
