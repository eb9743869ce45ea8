"""A run's configuration: the defaults a run measures with, and the bounds a user cannot cross."""

from __future__ import annotations

import os

import pytest
from pydantic import ValidationError

from harness.run import RunConfig


def test_defaults_measure_one_sample_of_the_builtin_suite_with_timing() -> None:
    config = RunConfig()
    assert (config.suite, config.model, config.n, config.kind) == ("builtin", "reference:fastest", 1, "generate")
    assert (config.timing_repeats, config.trace_memory, config.hash_seed) == (5, True, 0)
    assert (config.executor, config.warm_pool, config.counter, config.fingerprint) == ("local", False, None, None)
    assert config.workers >= 1


@pytest.mark.parametrize("values", [{"n": 1}, {"n": 1000}, {"timing_repeats": 0}, {"workers": 1}])
def test_bounds_are_inclusive(values: dict) -> None:
    RunConfig(**values)


@pytest.mark.parametrize("values", [{"n": 0}, {"n": 1001}, {"timing_repeats": -1}, {"workers": 0},
                                    {"kind": "optimise"}])
def test_out_of_bounds_is_refused(values: dict) -> None:
    with pytest.raises(ValidationError):
        RunConfig(**values)


def test_workers_default_to_the_cpu_count_or_one_when_it_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 3)
    assert RunConfig().workers == 3
    monkeypatch.setattr(os, "cpu_count", lambda: None)  # os.cpu_count() may not know
    assert RunConfig().workers == 1
