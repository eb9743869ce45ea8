"""``ergon leaderboard``: the latest run of every model, as a table.

Registered in the ``ergon.commands`` entry-point group, so the harness's CLI offers it (and
prints it after ``ergon run``) without importing this package.
"""

from __future__ import annotations

from pathlib import Path

import click

from harness.cli._common import DEFAULT_OUT, commands, console, out_option, store_at, user_errors
from harness.store import Store, StoreError
from leaderboards.compare import compare, to_json, to_markdown
from leaderboards.publish import publish
from leaderboards.render import FORMATS
from leaderboards.site import Assumptions, SiteError, build_site
from metrics.footprint import JOULES_PER_OUTPUT_TOKEN, Factors


def _existing_store(out_dir: Path) -> Store:
    """The store in ``out_dir``; a missing one is an error here (reading never creates a store)."""
    if not (out_dir / "ergon.sqlite").exists():
        raise StoreError(f"no results in {out_dir} (run `ergon run` first)")
    return store_at(out_dir)


@commands.register("leaderboard")
@click.command("leaderboard")
@click.option("--suite", "-s", default=None, help="Only this suite.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="md", show_default=True)
@out_option
@click.option("--protocol", type=click.Choice(["ergon", "evalperf"]), default="ergon", show_default=True,
              help="Sample rule for DPS: every passing sample (ergon), or EvalPerf's (≥10 passing, first 20 profiled).")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None, help="Write to a file instead of stdout.")
def leaderboard_cmd(suite: str | None, fmt: str, out_dir: Path, protocol: str, output: Path | None) -> None:
    """The latest run of every model: pass@1, DPS, DPS_norm, speedup, efficient@1 (95% bootstrap CIs), cost."""
    with user_errors():
        store = _existing_store(out_dir)
        if suite is not None and not store.runs(suite):
            raise StoreError(f"no runs of suite {suite!r} in {out_dir} (suites with runs: "
                             f"{', '.join(sorted({r.suite for r in store.runs()})) or 'none'})")
        text = publish(store, suite, fmt, protocol)  # type: ignore[arg-type]
    if output:
        output.write_text(text)
        console.print(f"wrote {output}")
    else:
        click.echo(text, nl=False)


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
        store = _existing_store(results_dir)
        try:
            with console.status("building the site") as status:
                assumptions = Assumptions(Factors(grid_intensity, pue, wue, offsite_water), joules_per_token,
                                          flops_per_joule)
                pages = build_site(store, site_dir, protocol, assumptions,  # type: ignore[arg-type]
                                   progress=lambda what: status.update(f"building the site: {what}"))
        except SiteError as exc:
            raise click.ClickException(str(exc)) from None
    console.print(f"wrote {len(pages)} pages to {site_dir} (open {site_dir / 'index.html'})")


@commands.register("compare")
@click.command("compare")
@click.argument("run_a")
@click.argument("run_b")
@out_option
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True)
@click.option("--force", is_flag=True, help="Compare runs measured in different environments anyway (counts then "
                                            "differ by the environment too).")
def compare_cmd(run_a: str, run_b: str, out_dir: Path, fmt: str, force: bool) -> None:
    """Did RUN_B do better than RUN_A?  Paired per-task comparison on the tasks both measured.

    \b
    Differences in pass@1, score, DPS and speedup (B − A, or B/A for speedup) with a 95% paired
    bootstrap interval over tasks and a paired randomization p-value; per task, Fisher's exact
    test on pass counts and Mann–Whitney U on instruction counts, Holm-adjusted.  Runs measured
    in different environments (fingerprint or counter) are refused unless --force.
      ergon runs                      # find the run ids
      ergon compare 20261129-094841-4a1496 20261129-101203-c13fba
    """
    with user_errors():
        comparison = compare(_existing_store(out_dir), run_a, run_b, force)
    click.echo(to_markdown(comparison) if fmt == "md" else to_json(comparison), nl=fmt == "json")
