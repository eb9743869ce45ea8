"""Efficiency metrics from the literature, as pure functions (no I/O).

Each module holds one source's definitions: :mod:`~metrics.passk` (Chen et al. 2021),
:mod:`~metrics.evalperf` (EvalPerf DPS), :mod:`~metrics.coffe` (COFFE efficient@k and speedup),
:mod:`~metrics.enamel` (ENAMEL eff@k), :mod:`~metrics.pie` (PIE speedup and %Opt),
:mod:`~metrics.kernelbench` (fast_p), :mod:`~metrics.mercury` (Beyond) and
:mod:`~metrics.aggregate` (geometric mean, bootstrap intervals).  Bad input raises
:class:`ValueError`; a wrong, failed or timed-out sample is passed as ``None``.
"""

from metrics.aggregate import Estimate, bootstrap, geometric_mean, mean
from metrics.coffe import (
    cost as coffe_cost,
    count_efficient,
    efficient_at_k,
    efficient_at_k_from_costs,
    speedup as coffe_speedup,
    trimmed_mean,
)
from metrics.enamel import eff_at_k, hodges_lehmann, sample_efficiency, time_limit
from metrics.evalperf import (
    ReferenceLevels,
    cluster_counts,
    dps,
    dps_norm,
    levels_from_tiers,
    task_dps,
    task_dps_norm,
)
from metrics.kernelbench import fast_p, fast_p_table, geomean_speedup
from metrics.mercury import beyond, beyond_at_k, runtime_range
from metrics.passk import pass_at_k, unbiased_at_k
from metrics.pie import mean_speedup, percent_optimized, percent_optimized_at, speedup_best_at_k

__all__ = [
    "Estimate",
    "ReferenceLevels",
    "beyond",
    "beyond_at_k",
    "bootstrap",
    "cluster_counts",
    "coffe_cost",
    "coffe_speedup",
    "count_efficient",
    "dps",
    "dps_norm",
    "eff_at_k",
    "efficient_at_k",
    "efficient_at_k_from_costs",
    "fast_p",
    "fast_p_table",
    "geomean_speedup",
    "geometric_mean",
    "hodges_lehmann",
    "levels_from_tiers",
    "mean",
    "mean_speedup",
    "pass_at_k",
    "percent_optimized",
    "percent_optimized_at",
    "runtime_range",
    "sample_efficiency",
    "speedup_best_at_k",
    "task_dps",
    "task_dps_norm",
    "time_limit",
    "trimmed_mean",
    "unbiased_at_k",
]
