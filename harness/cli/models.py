"""``ergon models …``: what endpoints and prompt templates are configured (never any key)."""

from __future__ import annotations

from pathlib import Path

import click

from harness.cli._common import commands
from harness.endpoints.config import list_endpoints, load_config
from harness.endpoints.prompts import load_template, template_names
from harness.languages import languages
from harness.providers import ModelSpecError


@commands.register("models")
@click.group("models")
def models_group() -> None:
    """Model endpoints and prompt templates."""


@models_group.command("list")
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None, help="Config file (default ~/.config/ergon/models.toml or $ERGON_CONFIG).")
def list_command(config_path: Path | None) -> None:
    """List configured endpoints, priced models and prompt templates."""
    try:
        config = load_config(config_path)
        rows = list_endpoints(config_path)
    except ModelSpecError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"config: {config.path}{'' if config.path.exists() else ' (not found)'}")
    if rows:
        _table(["endpoint", "base_url", "api", "key"], [[r["name"], r["base_url"], r["api"], r["key"]] for r in rows])
    else:
        click.echo("no endpoints configured (OPENAI_BASE_URL / OPENAI_API_KEY or ERGON_* are used)")
    if config.models:
        click.echo()
        _table(
            ["model", "$/Mtok in", "$/Mtok out", "eFLOPs"],
            [
                [name, f"{m.price.input_usd_per_mtok:g}" if m.price else "-", f"{m.price.output_usd_per_mtok:g}" if m.price else "-", "yes" if m.architecture else "-"]
                for name, m in sorted(config.models.items())
            ],
        )
    click.echo()
    rows = [[lang.name, n, load_template(lang, n).description]
            for lang in (languages.get(name) for name in languages.names()) for n in template_names(lang)]
    _table(["language", "prompt", "description"], rows)


def _table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows)]
    for row in [header, *rows]:
        click.echo("  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip())
