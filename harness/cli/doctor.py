"""``ergon doctor``: what can run and measure on this machine, and why not."""

from __future__ import annotations

import shutil
import sys

import click

from rich.table import Table

from harness.cli._common import commands, out, user_errors
from harness.executors import docker_status, make_executor
from harness.languages import languages
from sandboxes.bwrap import SandboxUnavailable, find_bwrap
from sandboxes.counters import COUNTERS, probe
from sandboxes.energy import probe_rapl


def report(executor_name: str) -> tuple[Table, bool]:
    """A table of checks and whether at least one instruction counter works in that executor."""
    table = Table("component", "status", "detail")

    def row(name: str, ok: bool, detail: str) -> None:
        table.add_row(name, "[green]ok[/green]" if ok else "[red]no[/red]", detail)

    docker_ok, docker_why = docker_status()
    try:
        bw = find_bwrap()
        row("executor: local", True, f"bubblewrap sandbox ({bw.version}): own PID/network namespaces, read-only system, "
                                     "only the scratch directory writable")
    except SandboxUnavailable as exc:
        row("executor: local", False, f"{exc} — model code needs --allow-unsandboxed (no isolation) or Docker")
    row("executor: docker", docker_ok, docker_why)
    any_counter = False
    if executor_name == "docker" and not docker_ok:
        row("counters", False, "cannot probe inside docker: " + docker_why)
        return table, False
    ex = make_executor(executor_name, log=lambda msg: None)
    try:
        env = ex.environment()
        row("interpreter", True, f"{env.tools.get('python')} ({env.versions.get('python')})")
        row("fingerprint", True, env.fingerprint)
        for name in COUNTERS:
            answer = probe(name, ex)
            any_counter |= answer.ok
            row(f"counter: {name}", answer.ok, answer.reason)
        for lang in (languages.get(name) for name in languages.names()):
            works = [name for name in lang.counters if probe(name, ex).ok]
            row(f"automatic counter: {lang.name}", bool(works),
                f"{works[0] if works else 'none works'} (the first that works of {' → '.join(lang.counters)})")
    finally:
        ex.close()
    rapl = probe_rapl()
    row("energy: RAPL", rapl.ok, rapl.reason if not rapl.ok else ", ".join(rapl.files))
    if not rapl.ok:
        row("energy: estimate", True, "instructions × 70 pJ (Horowitz, ISSCC 2014), labelled as an estimate")
    for tool, hint in (("qemu-aarch64", "apt-get install qemu-user"),
                       ("aarch64-linux-gnu-gcc", "apt-get install gcc-aarch64-linux-gnu"),
                       ("riscv64-linux-gnu-gcc", "apt-get install gcc-riscv64-linux-gnu")):
        path = shutil.which(tool)
        row(f"isa: {tool}", bool(path), path or f"missing on the host — {hint} (or use --executor docker)")
    return table, any_counter


def cluster_rows(table: Table, address: str, sandbox: str) -> bool:
    """Add the Ray cluster's nodes, CPUs and environment fingerprints to ``table``; whether jobs can run on it."""
    try:  # imported lazily: ray is an optional extra
        from sandboxes.ray_executor import RayUnavailable, cluster_report
    except ImportError as exc:
        table.add_row("executor: ray", "[red]no[/red]", f"Ray is not installed ({exc}): pip install 'ergon[ray]'")
        return False
    try:
        rows = cluster_report(address, sandbox)  # type: ignore[arg-type]
    except RayUnavailable as exc:
        table.add_row("executor: ray", "[red]no[/red]", str(exc))
        return False
    for name, ok, detail in rows:
        table.add_row(name, "[green]ok[/green]" if ok else "[yellow]apart[/yellow]" if name == "ray environment"
                      else "[red]no[/red]", detail)
    return True


@commands.register("doctor")
@click.command()
@click.option("--executor", "-e", type=click.Choice(["local", "docker"]), default="local", show_default=True,
              help="The executor to probe (with --ray-address: the one each worker node runs jobs with).")
@click.option("--ray-address", default=None,
              help="Also report this Ray cluster (auto, HOST:PORT, ray://HOST:PORT): its nodes, CPUs and "
                   "environment fingerprints, and which nodes a run would keep apart.")
def doctor(executor: str, ray_address: str | None) -> None:
    """Which executors and measurement backends work here, and why not."""
    with user_errors():
        table, ok = report(executor)
        if ray_address:
            ok = cluster_rows(table, ray_address, executor) and ok
    out.print(table)
    if not ok:
        sys.exit(1)
