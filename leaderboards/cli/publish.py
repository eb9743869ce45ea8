"""``ergon publish``: the results as a static web site."""

from __future__ import annotations

from pathlib import Path

import click

from harness.cli._common import DEFAULT_OUT, commands, console, user_errors
from leaderboards.cli import existing_store
from leaderboards.site import Assumptions, SiteError, build_site
from metrics.footprint import JOULES_PER_OUTPUT_TOKEN, Factors


@commands.register("publish")
@click.command("publish")
@click.option("--out", "site_dir", type=click.Path(path_type=Path), required=True,
              help="Directory for the site: new, empty, or an earlier `ergon publish` output (rebuilt in place).")
@click.option("--results", "results_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Results directory to publish (the `--out` of `ergon run`).")
@click.option("--protocol", type=click.Choice(["ergon", "evalperf"]), default="ergon", show_default=True,
              help="Sample rule for DPS, as in `ergon leaderboard`.")
@click.option("--grid-intensity", type=click.FloatRange(min=0), default=Factors.grid_g_per_kwh, show_default=True,
              help="g CO2e per kWh of electricity (default: 2022 world average, Ember).")
@click.option("--pue", type=click.FloatRange(min=1), default=Factors.pue, show_default=True,
              help="Power usage effectiveness of the facility (default: U.S. average, Li et al. 2023).")
@click.option("--wue", type=click.FloatRange(min=0), default=Factors.wue_onsite_l_per_kwh, show_default=True,
              help="On-site water, L per kWh of IT energy (default: U.S. average, Li et al. 2023).")
@click.option("--offsite-water", type=click.FloatRange(min=0), default=Factors.ewif_offsite_l_per_kwh,
              show_default=True, help="Water consumed generating electricity, L per kWh (default: U.S. average, Li et al.).")
@click.option("--joules-per-token", type=click.FloatRange(min=0), default=None,
              help=f"Generation energy per output token [default: {JOULES_PER_OUTPUT_TOKEN} J, Samsi et al. 2023].")
@click.option("--flops-per-joule", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Estimate generation energy from the runs' eFLOPs at this hardware efficiency instead of from tokens.")
def publish_cmd(site_dir: Path, results_dir: Path, protocol: str, grid_intensity: float, pue: float, wue: float,
                offsite_water: float, joules_per_token: float | None, flops_per_joule: float | None) -> None:
    """Write the results as a static web site: leaderboard, a page per model and per task, plots, provenance.

    \b
    The site is plain HTML, SVG and one CSS file: open DIR/index.html from disk or copy DIR to
    any static host.  Every energy figure is shown with carbon and water estimates from the
    factors below (their sources are on the site's provenance page).  Example:
      ergon publish --out site && xdg-open site/index.html
    """
    with user_errors():
        store = existing_store(results_dir)
        try:
            with console.status("building the site") as status:
                assumptions = Assumptions(Factors(grid_intensity, pue, wue, offsite_water), joules_per_token,
                                          flops_per_joule)
                pages = build_site(store, site_dir, protocol, assumptions,  # type: ignore[arg-type]
                                   progress=lambda what: status.update(f"building the site: {what}"))
        except SiteError as exc:
            raise click.ClickException(str(exc)) from None
    console.print(f"wrote {len(pages)} pages to {site_dir} (open {site_dir / 'index.html'})")
