"""``ergon leaderboard``: the latest run of every model, as a table.

Registered in the ``ergon.commands`` entry-point group, so the harness's CLI offers it (and
prints it after ``ergon run``) without importing this package.
"""

from __future__ import annotations

from pathlib import Path

import click

from harness.cli._common import DEFAULT_OUT, commands, console, out_option, store_at, user_errors
from harness.store import Store, StoreError
from leaderboards.publish import publish
from leaderboards.render import FORMATS
from leaderboards.site import SiteError, build_site


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
def publish_cmd(site_dir: Path, results_dir: Path, protocol: str) -> None:
    """Write the results as a static web site: leaderboard, a page per model and per task, plots, provenance.

    \b
    The site is plain HTML, SVG and one CSS file: open DIR/index.html from disk or copy DIR to
    any static host.  Example:
      ergon publish --out site && xdg-open site/index.html
    """
    with user_errors():
        store = _existing_store(results_dir)
        try:
            with console.status("building the site") as status:
                pages = build_site(store, site_dir, protocol,  # type: ignore[arg-type]
                                   progress=lambda what: status.update(f"building the site: {what}"))
        except SiteError as exc:
            raise click.ClickException(str(exc)) from None
    console.print(f"wrote {len(pages)} pages to {site_dir} (open {site_dir / 'index.html'})")
