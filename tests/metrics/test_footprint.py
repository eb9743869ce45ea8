"""Carbon and water estimates against arithmetic done by hand."""

from __future__ import annotations

import math

import pytest

from metrics.footprint import Factors, eflops_energy_j, footprint, generation_energy_j


def test_one_kilowatt_hour_with_the_default_factors() -> None:
    fp = footprint(3.6e6)  # 1 kWh of IT energy; the facility draws 1.17 kWh
    assert math.isclose(fp.carbon_g, 1.17 * 436)  # 510.12 g CO2e
    assert math.isclose(fp.water_onsite_l, 0.55)
    assert math.isclose(fp.water_offsite_l, 1.17 * 3.142)  # 3.67614 L
    assert math.isclose(fp.water_l, 4.22614)


def test_factors_replace_the_defaults() -> None:
    fp = footprint(7.2e6, Factors(grid_g_per_kwh=100, pue=1.5, wue_onsite_l_per_kwh=2, ewif_offsite_l_per_kwh=1))
    assert (fp.carbon_g, fp.water_onsite_l, fp.water_offsite_l) == (300.0, 4.0, 3.0)


def test_generation_energy_from_tokens_or_eflops() -> None:
    assert generation_energy_j(1000) == 3500.0  # 3.5 J per output token
    assert generation_energy_j(1000, 0.4) == 400.0
    assert eflops_energy_j(2e15, 1e12) == 2000.0


@pytest.mark.parametrize("bad", [dict(pue=0.9), dict(grid_g_per_kwh=-1), dict(wue_onsite_l_per_kwh=float("nan"))])
def test_impossible_factors_are_refused(bad: dict) -> None:
    with pytest.raises(ValueError):
        Factors(**bad)


def test_negative_energy_is_refused() -> None:
    with pytest.raises(ValueError):
        footprint(-1.0)
