"""Describe the image's measuring tools as JSON; run once at image build time.

The executor reads the result (``/opt/ergon/environment.json``) instead of probing every
container, so ``DockerExecutor.environment()`` costs one short container per image.
"""

import json
import platform
import subprocess
import sys


def _first_line(*argv: str) -> str | None:
    try:
        out = subprocess.run(argv, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return (out.stdout or out.stderr).splitlines()[0].strip()


json.dump(
    {
        "python": sys.executable,
        "python_version": platform.python_version(),
        "roi_library": "/opt/ergon/native/libergonroi.so",
        "qemu_plugin": "/opt/ergon/native/libergonqemu.so",
        "qemu_roi_plugin": "/opt/ergon/native/libergonqemuroi.so",
        "valgrind_version": _first_line("valgrind", "--version"),
        "gcc_version": _first_line("gcc", "--version"),
        "qemu_aarch64_version": _first_line("qemu-aarch64", "--version"),
        "qemu_riscv64_version": _first_line("qemu-riscv64", "--version"),
        "qemu_x86_64_version": _first_line("qemu-x86_64", "--version"),
        "perf_version": _first_line("perf", "--version"),
    },
    sys.stdout,
    indent=1,
)
