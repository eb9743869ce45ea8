"""Energy → carbon and water: estimates, always, from factors the user can replace.

For an energy ``E`` drawn by the computer (IT energy), following the operational-footprint model
of Li, Yang, Islam & Ren ("Making AI Less 'Thirsty'", arXiv:2304.03271, 2023, §3):

* the facility draws ``E · PUE`` (cooling, power conversion);
* carbon: ``E · PUE · CI`` with ``CI`` the grid's carbon intensity (g CO₂e per kWh);
* water, on-site (cooling, evaporated at the data centre): ``E · WUE``;
* water, off-site (consumed generating the electricity): ``E · PUE · EWIF``.

Default factors (replace them for a known site; every figure is labelled an estimate):

* ``CI = 436 g CO₂e/kWh``: the world's average carbon intensity of electricity generation in
  2022 (Ember, "Global Electricity Review 2023").
* ``PUE = 1.17``, ``WUE = 0.55 L/kWh``, ``EWIF = 3.142 L/kWh``: the U.S. averages Li et al. use
  (their Table 1, from Microsoft's reported data-centre figures and U.S. electricity water
  intensity).

Energy of generation, where a run recorded tokens: ``3.5 J`` per output token, the middle of
the 3–4 J per generated token Samsi et al. measured for LLaMA-65B on V100/A100 GPUs ("From
Words to Watts", IEEE HPEC 2023) — a large model on older hardware, so it can be far off for a
given deployment; or, from a run's eFLOPs (the Kinetics cost model), ``eFLOPs / (FLOP per J)``
with a hardware efficiency the user states.
"""

from __future__ import annotations

from dataclasses import dataclass

from metrics._checks import as_real

J_PER_KWH = 3.6e6
JOULES_PER_OUTPUT_TOKEN = 3.5


@dataclass(frozen=True)
class Factors:
    grid_g_per_kwh: float = 436.0
    pue: float = 1.17
    wue_onsite_l_per_kwh: float = 0.55
    ewif_offsite_l_per_kwh: float = 3.142

    def __post_init__(self) -> None:
        for name in ("grid_g_per_kwh", "wue_onsite_l_per_kwh", "ewif_offsite_l_per_kwh"):
            as_real(getattr(self, name), name, nonnegative=True)
        if as_real(self.pue, "pue") < 1:
            raise ValueError(f"pue must be at least 1 (facility energy over IT energy), got {self.pue}")

    def describe(self) -> str:
        return (f"grid {self.grid_g_per_kwh:g} g CO₂e/kWh, PUE {self.pue:g}, on-site WUE "
                f"{self.wue_onsite_l_per_kwh:g} L/kWh, off-site water {self.ewif_offsite_l_per_kwh:g} L/kWh")


@dataclass(frozen=True)
class Footprint:
    """Estimated carbon and water of ``energy_j`` joules of IT energy (see the module for the model)."""

    energy_j: float
    carbon_g: float
    water_onsite_l: float
    water_offsite_l: float

    @property
    def water_l(self) -> float:
        return self.water_onsite_l + self.water_offsite_l


def footprint(energy_j: float, factors: Factors = Factors()) -> Footprint:
    kwh = as_real(energy_j, "energy_j", nonnegative=True) / J_PER_KWH
    facility_kwh = kwh * factors.pue
    return Footprint(energy_j, facility_kwh * factors.grid_g_per_kwh, kwh * factors.wue_onsite_l_per_kwh,
                     facility_kwh * factors.ewif_offsite_l_per_kwh)


def generation_energy_j(output_tokens: int, joules_per_token: float = JOULES_PER_OUTPUT_TOKEN) -> float:
    """Energy of generating ``output_tokens`` at a per-token figure (default: Samsi et al., above)."""
    return as_real(output_tokens, "output_tokens", nonnegative=True) * as_real(joules_per_token, "joules_per_token",
                                                                              nonnegative=True)


def eflops_energy_j(eflops: float, flops_per_joule: float) -> float:
    """Energy of ``eflops`` effective FLOPs on hardware doing ``flops_per_joule`` of them per joule."""
    return as_real(eflops, "eflops", nonnegative=True) / as_real(flops_per_joule, "flops_per_joule", positive=True)
