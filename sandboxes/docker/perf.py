"""Whether hardware instruction counters can work inside a container on this host.

Three conditions, all checked, never assumed: the host kernel gives this process a
user-space instruction counter (a PMU exists: many VMs have none), the host's
``kernel.perf_event_paranoid`` lets unprivileged code count itself (≤ 2), and the engine's
default seccomp profile allows perf_event_open with CAP_PERFMON (Docker ≥ 23).
"""

from __future__ import annotations

import ctypes
import os
import platform

from docker import DockerClient

_SYS_PERF_EVENT_OPEN = {"x86_64": 298, "aarch64": 241, "riscv64": 241}
_MIN_DOCKER = 23


def host_pmu() -> tuple[bool, str]:
    """Open (and close) a user-space retired-instructions counter on this process."""
    libc = ctypes.CDLL(None, use_errno=True)
    attr = (ctypes.c_uint64 * 16)()  # struct perf_event_attr, zeroed; 128 bytes
    attr[0] = 0 | (128 << 32)  # type PERF_TYPE_HARDWARE, size
    attr[1] = 1  # PERF_COUNT_HW_INSTRUCTIONS
    attr[5] = 1 | 1 << 5 | 1 << 6  # disabled, exclude_kernel, exclude_hv
    number = _SYS_PERF_EVENT_OPEN.get(platform.machine())
    if number is None:
        return False, f"unknown perf_event_open syscall number on {platform.machine()}"
    fd = libc.syscall(number, attr, 0, -1, -1, 0)
    if fd < 0:
        return False, f"perf_event_open on the host: {os.strerror(ctypes.get_errno())} (no PMU exposed?)"
    os.close(fd)
    return True, "host PMU counts user-space instructions"


def host_perf_support(client: DockerClient) -> tuple[bool, str]:
    ok, reason = host_pmu()
    if not ok:
        return False, reason
    try:
        with open("/proc/sys/kernel/perf_event_paranoid") as fh:
            paranoid = int(fh.read())
    except (OSError, ValueError):
        return False, "cannot read kernel.perf_event_paranoid"
    if paranoid > 2:
        return False, f"kernel.perf_event_paranoid is {paranoid} (needs ≤ 2: sysctl kernel.perf_event_paranoid=2)"
    version = str(client.version().get("Version", "0"))
    try:
        major = int(version.split(".")[0])
    except ValueError:
        major = 0
    if major < _MIN_DOCKER:
        return False, (
            f"Docker {version}'s default seccomp profile allows perf_event_open only with CAP_SYS_ADMIN, "
            f"which Ergon never grants (needs Docker ≥ {_MIN_DOCKER})"
        )
    return True, f"{reason}; perf_event_paranoid={paranoid}; Docker {version}"
