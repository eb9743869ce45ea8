"""Sandbox payload for ISA (assembly translation) tasks: counting plugin, trampolines, runner."""

from __future__ import annotations

from pathlib import Path

from sandboxes.isa.runner import build_plugin as _build

PAYLOAD_DIR = Path(__file__).parent
PLUGIN_FILE = "libergonqemu.so"


def build_plugin(dest_dir: Path, cc: str = "gcc") -> Path:
    """Build the qemu counting plugin into ``dest_dir`` (the local executor's cache).

    Jobs name the built plugin in ``job.json``; without one the runner builds it per check
    (≈0.1 s).  The Docker image builds its own copy at image build time.
    """
    dest_dir.mkdir(parents=True, exist_ok=True)
    return _build(PAYLOAD_DIR / "plugin.c", dest_dir / PLUGIN_FILE, cc)
