"""In-sandbox checker for ISA tasks: assemble, link, run under qemu-user, count.

Runs inside the sandbox with only the files of the job beside it (it imports nothing from
Ergon).  Reads ``job.json``, writes ``result.json`` with ``status`` one of ``pass``,
``fail``, ``abi``, ``assemble``, ``no-entry``, ``link``, ``crash``, ``timeout``,
``setup`` (the harness itself failed) and the counts when the run passed.

job.json: ``gcc``, ``flags`` (target -march/-mabi), ``qemu``, ``qemu_args`` (pinned -cpu),
``trampoline``, ``entry``, ``seed``, ``run_timeout_s`` and ``plugin`` (the counting plugin's
path inside the sandbox).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

DONE_LINE = re.compile(r"^ergon: all \d+ checks passed$", re.M)
EXIT_FAIL, EXIT_ABI = 10, 11
HARNESS_OBJECTS = ("driver.o", "trampoline.o")
DATA_DIRECTIVES = (".word", ".short", ".byte", ".half", ".dword", ".inst", ".long")
NOPS = ("nop", "c.nop")
TAIL = 4000
UNCOVERED_SHOWN = 50


def _run(argv: list[str], timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=timeout)


def text_ranges(map_text: str) -> dict[str, list[tuple[int, int]]]:
    """Address ranges of each input object's code sections, from a GNU ld link map."""
    ranges: dict[str, list[tuple[int, int]]] = {}
    pending: str | None = None
    for line in map_text.splitlines():
        m = re.match(r"^ (\.text\S*)\s*$", line)
        if m:  # a long section name, its address on the next line
            pending = m.group(1)
            continue
        m = re.match(r"^ (\.text\S*)?\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+\.o)\s*$", line)
        if m and (m.group(1) or pending):
            lo, size = int(m.group(2), 16), int(m.group(3), 16)
            if size:
                ranges.setdefault(Path(m.group(4)).name, []).append((lo, lo + size))
        pending = None
    return ranges


def symbol_address(nm_text: str, name: str) -> int | None:
    for line in nm_text.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] == name:
            return int(parts[0], 16)
    return None


def static_instructions(objdump: str, binary: str, ranges: list[tuple[int, int]]) -> set[int]:
    """Addresses of real instructions (not data, not alignment nops) in ``ranges``."""
    found: set[int] = set()
    for lo, hi in ranges:
        out = _run([objdump, "-d", f"--start-address={lo:#x}", f"--stop-address={hi:#x}", binary]).stdout
        for line in out.splitlines():
            m = re.match(r"^\s*([0-9a-f]+):\t(?:[0-9a-f]{2,8} ?)+\s*\t?(\S+)", line)
            if m and m.group(2) not in NOPS and not m.group(2).startswith(DATA_DIRECTIVES):
                found.add(int(m.group(1), 16))
    return found


def parse_plugin_output(text: str) -> tuple[dict[str, int], set[int]]:
    values: dict[str, int] = {}
    covered: set[int] = set()
    for line in text.splitlines():
        key, _, value = line.partition(" ")
        if key == "covered":
            covered.add(int(value, 16))
        elif value:
            values[key] = int(value)
    return values, covered


PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> None:
    """Orphans of the candidate's processes are re-parented to this one, to be killed."""
    import ctypes

    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def kill_descendants() -> None:
    """Kill whatever the candidate left running, so that nothing of it can rewrite
    ``counts.txt`` or ``result.json`` once its run is over (it runs as the same user)."""
    me = os.getpid()
    while True:
        children = [pid for pid in _process_ids() if _parent(pid) == me]
        if not children:
            return
        for pid in children:
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass


def _process_ids() -> list[int]:
    return [int(p) for p in os.listdir("/proc") if p.isdigit()]


def _parent(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            return next((int(line.split()[1]) for line in fh if line.startswith("PPid:")), None)
    except OSError:
        return None


def _tool(gcc: str, name: str) -> str:
    return gcc[: -len("gcc")] + name


def check(job: dict[str, Any]) -> dict[str, Any]:
    gcc, flags = job["gcc"], list(job["flags"])
    times: dict[str, float] = {}
    result: dict[str, Any] = {"times": times}

    def stage(name: str, argv: list[str]) -> subprocess.CompletedProcess[str]:
        t0 = time.perf_counter()
        proc = _run(argv)
        times[name] = round(time.perf_counter() - t0, 4)
        return proc

    plugin = job["plugin"]
    if not Path(plugin).is_file():
        return {**result, "status": "setup", "detail": f"the counting plugin {plugin} is missing"}

    proc = stage("assemble", [gcc, *flags, "-c", "candidate.s", "-o", "candidate.o"])
    if proc.returncode:
        return {**result, "status": "assemble", "detail": proc.stderr[-TAIL:]}
    proc = stage(
        "compile",
        [gcc, *flags, "-O2", "-ffp-contract=off", f"-DERGON_SEED={int(job['seed'])}", "-c", "driver.c", job["trampoline"]],
    )
    if proc.returncode:
        return {**result, "status": "setup", "detail": f"compiling the driver failed:\n{proc.stderr[-TAIL:]}"}
    trampoline_obj = Path(job["trampoline"]).with_suffix(".o").name
    os.replace(trampoline_obj, "trampoline.o")
    proc = stage(
        "link",
        [gcc, *flags, "-static", "-no-pie", "-o", "prog", "driver.o", "trampoline.o", "candidate.o", "-lm",
         "-Wl,-Map=link.map"],
    )
    if proc.returncode:
        missing = f"undefined reference to `{job['entry']}'" in proc.stderr
        return {**result, "status": "no-entry" if missing else "link", "detail": proc.stderr[-TAIL:]}

    ranges = text_ranges(Path("link.map").read_text())
    nm = _run([_tool(gcc, "nm"), "prog"]).stdout
    begin, end = symbol_address(nm, "ergon_region_begin"), symbol_address(nm, "ergon_region_end")
    if begin is None or end is None:
        return {**result, "status": "setup", "detail": "region markers not found in the linked program"}
    cand_ranges = ranges.get("candidate.o", [])
    conf = [f"out {Path('counts.txt').resolve()}", f"begin {begin:x}", f"end {end:x}"]
    conf += [f"cand {lo:x} {hi:x}" for lo, hi in cand_ranges]
    conf += [f"skip {lo:x} {hi:x}" for obj in HARNESS_OBJECTS for lo, hi in ranges.get(obj, [])]
    Path("plugin.conf").write_text("\n".join(conf) + "\n")

    # Everything read from the program is read before it runs: the candidate could rewrite it.
    static = static_instructions(_tool(gcc, "objdump"), "prog", cand_ranges)
    argv = [job["qemu"], *job["qemu_args"], "-plugin", f"{plugin},conf=plugin.conf", "./prog"]
    t0 = time.perf_counter()
    with open("run.out", "w+b") as out:
        become_subreaper()
        try:
            # An empty environment: the stack layout, hence the counts, must not depend on it.
            code = subprocess.run(argv, stdout=out, stderr=subprocess.STDOUT, env={},
                                  timeout=float(job["run_timeout_s"])).returncode
        except subprocess.TimeoutExpired:
            code = None
        finally:
            kill_descendants()
        times["run"] = round(time.perf_counter() - t0, 4)
        out.seek(0)
        output = out.read()[-TAIL:].decode(errors="replace")
    result["output"] = output
    if code is None:
        return {**result, "status": "timeout", "detail": f"no exit within {job['run_timeout_s']} s"}
    if code == EXIT_ABI:
        return {**result, "status": "abi", "detail": output.strip().splitlines()[-1]}
    if code < 0:
        name = signal.Signals(-code).name if -code in signal.Signals.__members__.values() else str(-code)
        return {**result, "status": "crash", "detail": f"killed by {name}"}
    if code != 0 or not DONE_LINE.search(output):
        return {**result, "status": "fail", "detail": output.strip()[-1000:] or f"exit status {code}"}

    if not Path("counts.txt").is_file():
        return {**result, "status": "setup", "detail": "the counting plugin wrote nothing"}
    values, covered = parse_plugin_output(Path("counts.txt").read_text())
    if values.get("begin_hits") != 1 or values.get("end_hits") != 1:
        return {**result, "status": "setup", "detail": f"region markers hit {values}"}
    result.update(
        status="pass",
        instructions=values["region"],
        candidate_instructions=values["region_candidate"],
        static_instructions=len(static),
        covered_instructions=len(static & covered),
        coverage=round(len(static & covered) / len(static), 4) if static else 0.0,
        uncovered=[f"{a:#x}" for a in sorted(static - covered)[:UNCOVERED_SHOWN]],
    )
    return result


def main() -> int:
    job = json.loads(Path("job.json").read_text())
    try:
        result = check(job)
    except subprocess.TimeoutExpired as exc:
        result = {"status": "setup", "detail": f"tool timed out: {exc.cmd[0]}"}
    Path("result.json").write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
