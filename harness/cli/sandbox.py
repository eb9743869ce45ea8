"""``ergon sandbox``: build, inspect and clean the Docker sandbox."""

from __future__ import annotations

import sys
import time

import click
import docker.errors

from harness.cli._common import commands
from sandboxes.docker.engine import OWNED, connect, docker_available, remove_leftovers
from sandboxes.docker.image import CONTEXT_LABEL, ImageBuildError, build_image, image_tag, list_images, remove_stale_images


def _client():
    ok, reason = docker_available()
    if not ok:
        raise click.ClickException(f"{reason} (start one with `dockerd &` as root, or run .ci/setup-docker.sh)")
    return connect(timeout=3600)


@commands.register("sandbox")
@click.group()
def sandbox() -> None:
    """The Docker sandbox image and what Ergon left in the engine."""


@sandbox.command()
@click.option("--force", is_flag=True, help="Rebuild even when an image of the current context exists.")
def build(force: bool) -> None:
    """Build the sandbox image (reused while its build context is unchanged)."""
    client = _client()
    start = time.monotonic()
    try:
        image = build_image(client, force=force, log=lambda msg: click.echo(f"  {msg}", err=True))
    except ImageBuildError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{image_tag()} {image.id} ({time.monotonic() - start:.0f} s)")


@sandbox.command()
def status() -> None:
    """Engine, images and containers owned by Ergon."""
    client = _client()
    version = client.version()
    click.echo(f"engine: Docker {version.get('Version')} ({version.get('Os')}/{version.get('Arch')})")
    current = image_tag()
    images = list_images(client)
    click.echo(f"images ({len(images)}):")
    for image in images:
        role = "base" if CONTEXT_LABEL not in image.labels else ("current" if current in image.tags else "stale")
        size = image.attrs.get("Size", 0) / 1e6
        click.echo(f"  {','.join(image.tags) or image.id[:19]:40} {role:8} {size:7.0f} MB  {image.id[:19]}")
    if not any(current in image.tags for image in images):
        click.echo(f"  {current} not built: run `ergon sandbox build`")
    containers = client.containers.list(all=True, filters=OWNED)
    click.echo(f"containers ({len(containers)}):")
    for container in containers:
        labels = container.labels
        click.echo(f"  {container.short_id} {container.status:8} pid {labels.get('org.ergon.pid', '?')}"
                   f" on {labels.get('org.ergon.host', '?')}")


@sandbox.command()
@click.option("--all", "everything", is_flag=True,
              help="Also containers of live Ergon processes, and the current image.")
def clean(everything: bool) -> None:
    """Remove leftover containers and volumes, and images of other build contexts."""
    client = _client()
    removed = remove_leftovers(client, everything=everything)
    try:
        images = remove_stale_images(client, keep_current=not everything)
    except docker.errors.APIError as exc:
        click.echo(f"could not remove images: {exc.explanation or exc}", err=True)
        images = 0
    click.echo(f"removed {removed.containers} containers, {removed.volumes} volumes, {images} images")

