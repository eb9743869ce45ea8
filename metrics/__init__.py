"""Efficiency metrics from the literature, as pure functions (no I/O).

Each module holds one source's definitions: :mod:`~metrics.passk` (Chen et al. 2021),
:mod:`~metrics.evalperf` (EvalPerf DPS), :mod:`~metrics.coffe` (COFFE efficient@k and speedup),
:mod:`~metrics.enamel` (ENAMEL eff@k), :mod:`~metrics.pie` (PIE speedup and %Opt),
:mod:`~metrics.kernelbench` (fast_p), :mod:`~metrics.mercury` (Beyond) and
:mod:`~metrics.aggregate` (geometric mean, bootstrap intervals).  Ergon's own metrics carry
their own names: :mod:`~metrics.position` (the continuous log-scale score) and
:mod:`~metrics.edit` (edit tasks scored against the program given).  Bad input raises
:class:`ValueError`; a wrong, failed or timed-out sample is passed as ``None``.
"""

from metrics.aggregate import Estimate, bootstrap, bootstrap_present, geometric_mean, mean
from metrics.coffe import (
    cost as coffe_cost,
    count_efficient,
    efficient_at_k,
    efficient_at_k_from_costs,
    speedup as coffe_speedup,
    trimmed_mean,
)
from metrics.edit import count_at_least, kept_correct, opt_at_k, speedup_over_given, task_speedup
from metrics.enamel import eff_at_k, hodges_lehmann, sample_efficiency, time_limit
from metrics.evalperf import (
    ALL_PASSING,
    ReferenceLevels,
    SampleRule,
    UnorderedReferencesWarning,
    cluster_counts,
    cumulative_scores,
    dps,
    dps_norm,
    levels_from_tiers,
    task_dps,
    task_dps_norm,
)
from metrics.kernelbench import fast_p, fast_p_table, geomean_speedup, geomean_speedup_faster
from metrics.mercury import beyond, beyond_as_published, beyond_at_k, runtime_range
from metrics.passk import expected_best_of_k, pass_at_k, unbiased_at_k
from metrics.pie import mean_speedup, percent_optimized, percent_optimized_at, speedup_best_at_k
from metrics.position import log_position, position_at_k, task_position

__all__ = [
    "ALL_PASSING",
    "beyond",
    "beyond_as_published",
    "beyond_at_k",
    "bootstrap",
    "bootstrap_present",
    "cluster_counts",
    "coffe_cost",
    "coffe_speedup",
    "count_at_least",
    "count_efficient",
    "cumulative_scores",
    "dps",
    "dps_norm",
    "eff_at_k",
    "efficient_at_k",
    "efficient_at_k_from_costs",
    "Estimate",
    "expected_best_of_k",
    "fast_p",
    "fast_p_table",
    "geomean_speedup",
    "geomean_speedup_faster",
    "geometric_mean",
    "hodges_lehmann",
    "kept_correct",
    "levels_from_tiers",
    "log_position",
    "mean",
    "mean_speedup",
    "opt_at_k",
    "pass_at_k",
    "percent_optimized",
    "percent_optimized_at",
    "position_at_k",
    "ReferenceLevels",
    "runtime_range",
    "sample_efficiency",
    "SampleRule",
    "speedup_best_at_k",
    "speedup_over_given",
    "task_dps",
    "task_dps_norm",
    "task_position",
    "task_speedup",
    "time_limit",
    "trimmed_mean",
    "unbiased_at_k",
    "UnorderedReferencesWarning",
]
