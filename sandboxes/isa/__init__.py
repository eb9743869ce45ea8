"""Sandbox payload for ISA (assembly translation) tasks: counting plugin, trampolines, runner."""

from __future__ import annotations

from pathlib import Path

from sandboxes.isa.runner import build_plugin as _build

PAYLOAD_DIR = Path(__file__).parent
PLUGIN_FILE = "libergonqemu.so"


def build_plugin(dest_dir: Path, cc: str = "gcc") -> Path:
    """Build the qemu counting plugin into ``dest_dir`` (for images and local executors).

    Point the ``ERGON_QEMU_PLUGIN`` environment variable of the sandbox at the result to
    spare each check the ≈0.1 s rebuild.
    """
    dest_dir.mkdir(parents=True, exist_ok=True)
    return _build(PAYLOAD_DIR / "plugin.c", dest_dir / PLUGIN_FILE, cc)
