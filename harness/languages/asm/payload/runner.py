"""In-sandbox checker for ISA tasks: assemble, link, run under qemu-user, compare, count.

Runs inside the sandbox with only the files of the job beside it (it imports nothing from
Ergon).  Reads ``job.json``, writes ``result.json`` with ``status`` one of ``pass``,
``fail``, ``abi``, ``assemble``, ``no-entry``, ``link``, ``crash``, ``timeout``,
``tampered``, ``setup`` (the harness itself failed) and the counts when the run passed.

The candidate's native code can read and write everything in its process: the driver's
memory, its output, the file descriptors.  So nothing it could write decides a verdict:

* the driver is built twice, with the function's C source (trusted, run first, no
  candidate code in it) and with the candidate (no C source in it); the runner compares
  the records both print, one per check;
* the counted run is the candidate's first process in the job: ``prog count`` runs only the
  scored workload, so nothing can have been computed for it before; the check run
  (``prog``: tests, then a second workload) comes after;
* the plugin's report reaches the runner through a pipe, framed by a nonce the plugin
  read from another pipe before any guest code ran; before every run the program and the
  plugin's config are written afresh from the runner's memory.

job.json: ``gcc``, ``flags`` (target -march/-mabi), ``qemu``, ``qemu_args`` (pinned -cpu),
``trampoline``, ``entry``, ``seed``, ``run_timeout_s`` and ``plugin`` (the counting plugin's
path inside the sandbox).
"""

from __future__ import annotations

import json
import math
import os
import re
import secrets
import signal
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from reaper import become_subreaper, kill_descendants

EXIT_ABI = 11
HARNESS_OBJECTS = ("driver.o", "trampoline.o")
RECORD = re.compile(r"^R ([iudfmx]) ([0-9a-f]{16}) (.*)$", re.M)
SOURCE_COPY = "ergon_source_unused"
OUTPUT_CAP = 4 << 20
MARKERS = ("ergon_region_begin", "ergon_region_end", "ergon_call_site", "ergon_call_return")
DATA_DIRECTIVES = (".word", ".short", ".byte", ".half", ".dword", ".inst", ".long")
NOPS = ("nop", "c.nop")
TAIL = 4000
UNCOVERED_SHOWN = 50


def _run(argv: list[str], timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=timeout)


def text_ranges(map_text: str, section: str = r"\.text\S*") -> dict[str, list[tuple[int, int]]]:
    """Address ranges of each input object's sections named like ``section`` (by default its
    code sections), from a GNU ld link map."""
    ranges: dict[str, list[tuple[int, int]]] = {}
    pending: str | None = None
    for line in map_text.splitlines():
        m = re.match(rf"^ ({section})\s*$", line)
        if m:  # a long section name, its address on the next line
            pending = m.group(1)
            continue
        m = re.match(rf"^ ({section})?\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+\.o)\s*$", line)
        if m and (m.group(1) or pending):
            lo, size = int(m.group(2), 16), int(m.group(3), 16)
            if size:
                ranges.setdefault(Path(m.group(4)).name, []).append((lo, lo + size))
        pending = None
    return ranges


def clip(ranges: list[tuple[int, int]], within: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """The parts of ``ranges`` inside the executable segments ``within``."""
    return [(max(lo, a), min(hi, b)) for lo, hi in ranges for a, b, _ in within if max(lo, a) < min(hi, b)]


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


def plugin_report(text: str, nonce: str) -> tuple[dict[str, int], set[int]] | None:
    """The plugin's values and covered addresses, or ``None`` unless ``text`` is exactly one
    report framed by ``nonce`` (anything else in the pipe was written by the guest)."""
    lines = text.splitlines()
    if len(lines) < 2 or lines[0] != f"ergon-plugin {nonce}" or lines[-1] != f"end {nonce}" or text.count(nonce) != 2:
        return None
    values: dict[str, int] = {}
    covered: set[int] = set()
    for line in lines[1:-1]:
        key, _, value = line.partition(" ")
        try:
            if key == "covered":
                covered.add(int(value, 16))
            else:
                values[key] = int(value)
        except ValueError:
            return None
    return values, covered


def exec_segments(elf: bytes) -> list[tuple[int, int, int]]:
    """(address, end, file offset) of the executable bytes of a 64-bit little-endian ELF."""
    phoff, = struct.unpack_from("<Q", elf, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", elf, 0x36)
    out = []
    for i in range(phnum):
        p_type, p_flags, p_offset, p_vaddr, _, p_filesz = struct.unpack_from("<IIQQQQ", elf, phoff + i * phentsize)
        if p_type == 1 and p_flags & 1 and p_filesz:  # PT_LOAD, PF_X
            out.append((p_vaddr, p_vaddr + p_filesz, p_offset))
    return out


def records(output: str) -> list[tuple[str, int, str]]:
    return [(m.group(1), int(m.group(2), 16), m.group(3)) for m in RECORD.finditer(output)]


def _show(kind: str, bits: int) -> str:
    if kind == "i":
        return str(bits - (1 << 64) if bits >> 63 else bits)
    if kind == "d":
        return repr(struct.unpack("<d", struct.pack("<Q", bits))[0])
    if kind == "f":
        return repr(struct.unpack("<f", struct.pack("<I", bits & 0xFFFFFFFF))[0])
    return "different memory contents" if kind == "m" else str(bits)


def _close(kind: str, got: int, want: int) -> bool:
    """Equal, or for floating point within the driver's relative tolerance (a translation
    may fuse multiply-adds that the trusted build keeps apart)."""
    if got == want:
        return True
    if kind not in ("d", "f"):
        return False
    g, w = (float(_show(kind, v)) for v in (got, want))
    if math.isnan(g) and math.isnan(w):
        return True
    return abs(g - w) <= (1e-9 if kind == "d" else 1e-4) * max(1.0, abs(w))


def first_mismatch(got: list[tuple[str, int, str]], want: list[tuple[str, int, str]]) -> str | None:
    """``FAIL check k (what): got X, expected Y`` for the first record that differs, or ``None``."""
    for k, (w_kind, w_bits, what) in enumerate(want, 1):
        if k > len(got):
            return f"FAIL check {k} ({what}): no result (the program ended after {len(got)} checks)"
        g_kind, g_bits, g_what = got[k - 1]
        if (g_kind, g_what) != (w_kind, what) or not _close(w_kind, g_bits, w_bits):
            expected = "the oracle's" if w_kind == "m" else _show(w_kind, w_bits)
            return f"FAIL check {k} ({what}): got {_show(g_kind, g_bits)}, expected {expected}"
    if len(got) > len(want):
        return f"FAIL check {len(want) + 1}: {len(got) - len(want)} more results than checks"
    return None


def _tool(gcc: str, name: str) -> str:
    return gcc[: -len("gcc")] + name


class Guest:
    """One qemu-user run of a linked program, its output and (with the plugin) its report."""

    def __init__(self, code: int | None, output: str, report: tuple[dict[str, int], set[int]] | None, raw: bool):
        self.code, self.output, self.report, self.raw_report = code, output, report, raw

    @property
    def records(self) -> list[tuple[str, int, str]]:
        return records(self.output)


def run_guest(job: dict[str, Any], program: str, image: bytes, mode: str, conf: list[str] | None) -> Guest:
    """Run ``program`` (written afresh from ``image``) under qemu, with the plugin if ``conf``.

    The environment is empty (the stack layout, hence the counts, must not depend on it),
    stdout goes to a file, and whatever the run left behind is killed before returning.
    """
    tmp = f".{program}.new"
    Path(tmp).write_bytes(image)
    os.chmod(tmp, 0o755)
    os.replace(tmp, program)
    argv = [job["qemu"], *job["qemu_args"]]
    pass_fds: tuple[int, ...] = ()
    nonce = secrets.token_hex(16)
    chunks: list[bytes] = []
    reader = None
    if conf is not None:
        Path("plugin.conf.new").write_text("\n".join(conf) + "\n")
        os.replace("plugin.conf.new", "plugin.conf")
        key_r, key_w = os.pipe()
        out_r, out_w = os.pipe()
        os.write(key_w, nonce.encode())
        os.close(key_w)
        argv += ["-plugin", f"{job['plugin']},conf=plugin.conf,keyfd={key_r},outfd={out_w}"]
        pass_fds = (key_r, out_w)

        def read() -> None:
            while chunk := os.read(out_r, 1 << 16):
                if sum(map(len, chunks)) < OUTPUT_CAP:
                    chunks.append(chunk)
            os.close(out_r)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
    argv += [f"./{program}", *([mode] if mode else [])]
    with open(f"{program}.out", "w+b") as out:
        try:
            proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env={},
                                    pass_fds=pass_fds)
        finally:
            for fd in pass_fds:
                os.close(fd)
        try:
            code: int | None = proc.wait(timeout=float(job["run_timeout_s"]))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            code = None
        finally:
            kill_descendants()
        out.seek(0)
        output = out.read(OUTPUT_CAP).decode(errors="replace")
    report = None
    if reader is not None:
        reader.join(timeout=10)
        report = plugin_report(b"".join(chunks).decode(errors="replace"), nonce)
    return Guest(code, output, report, conf is not None)


def _failure(run: Guest, expected: list[tuple[str, int, str]], job: dict[str, Any], what: str) -> dict[str, Any] | None:
    """The status of a run that did not pass, or ``None``."""
    if run.code is None:
        return {"status": "timeout", "detail": f"{what}: no exit within {job['run_timeout_s']} s"}
    if run.report is not None:
        values = run.report[0]
        if "refused" in values:
            return {"status": "tampered", "detail": f"{what}: made a refused system call (syscall {values['refused']}: "
                    "processes, threads, programs, files, other memory and kernel work are refused)"}
        if values.get("modified") or values.get("foreign"):
            return {"status": "tampered", "detail": f"{what}: ran code that is not the linked program's "
                    f"({values.get('modified')} modified, {values.get('foreign')} outside it)"}
    if run.code == EXIT_ABI:
        lines = [line for line in run.output.splitlines() if line.startswith("ABI violation")]
        return {"status": "abi", "detail": lines[-1] if lines else "ABI violation"}
    if run.code < 0:
        name = signal.Signals(-run.code).name if -run.code in signal.Signals.__members__.values() else str(-run.code)
        return {"status": "crash", "detail": f"{what}: killed by {name}"}
    if run.code != 0:
        return {"status": "fail", "detail": f"{what}: exit status {run.code}: {run.output.strip()[-500:]}"}
    mismatch = first_mismatch(run.records, expected)
    if mismatch:
        return {"status": "fail", "detail": mismatch if what == "tests" else f"{mismatch} [{what}]"}
    if run.raw_report and run.report is None:
        return {"status": "tampered", "detail": f"{what}: the counting plugin's report is missing or not its own"}
    return None


def check(job: dict[str, Any]) -> dict[str, Any]:
    gcc, flags = job["gcc"], list(job["flags"])
    times: dict[str, float] = {}
    result: dict[str, Any] = {"times": times}

    def stage(name: str, argv: list[str]) -> subprocess.CompletedProcess[str]:
        t0 = time.perf_counter()
        proc = _run(argv)
        times[name] = round(times.get(name, 0.0) + time.perf_counter() - t0, 4)
        return proc

    plugin = job["plugin"]
    if not Path(plugin).is_file():
        return {**result, "status": "setup", "detail": f"the counting plugin {plugin} is missing"}

    proc = stage("assemble", [gcc, *flags, "-c", "candidate.s", "-o", "candidate.o"])
    if proc.returncode:
        return {**result, "status": "assemble", "detail": proc.stderr[-TAIL:]}
    cflags = [gcc, *flags, "-O2", "-ffp-contract=off", f"-DERGON_SEED={int(job['seed'])}", "-c"]
    for argv in ([*cflags, "driver.c", "-o", "driver.o"],
                 [*cflags, "-DERGON_TRUSTED", "driver.c", "-o", "trusted.o"],
                 [*cflags, job["trampoline"], "-o", "trampoline.o"]):
        proc = stage("compile", argv)
        if proc.returncode:
            return {**result, "status": "setup", "detail": f"compiling the driver failed:\n{proc.stderr[-TAIL:]}"}
    proc = stage("link", [gcc, *flags, "-static", "-no-pie", "-o", "trusted", "trusted.o", "trampoline.o", "-lm"])
    if proc.returncode:
        return {**result, "status": "setup", "detail": f"linking the trusted driver failed:\n{proc.stderr[-TAIL:]}"}
    proc = stage(
        "link",
        [gcc, *flags, "-static", "-no-pie", "-o", "prog", "driver.o", "trampoline.o", "candidate.o", "-lm",
         "-Wl,-Map=link.map"],
    )
    if proc.returncode:
        missing = f"undefined reference to `{job['entry']}'" in proc.stderr
        return {**result, "status": "no-entry" if missing else "link", "detail": proc.stderr[-TAIL:]}

    # Everything read from the programs is read before any of them runs.
    prog, trusted = Path("prog").read_bytes(), Path("trusted").read_bytes()
    ranges = text_ranges(Path("link.map").read_text())
    nm = _run([_tool(gcc, "nm"), "prog"]).stdout
    marks = {name: symbol_address(nm, name) for name in MARKERS}
    if None in marks.values() or symbol_address(nm, SOURCE_COPY) is not None:
        return {**result, "status": "setup", "detail": f"markers or the dropped source in the program: {marks}"}
    # All of the candidate's executable bytes, whatever its sections are called: code in a
    # section of its own is still its code (a constructor there must not run uncounted).
    cand_ranges = clip(text_ranges(Path("link.map").read_text(), r"[.\w]\S*").get("candidate.o", []),
                       exec_segments(prog))
    conf = ["prog prog", *(f"{key} {marks[name]:x}" for key, name in zip(("begin", "end", "site", "landing"), MARKERS))]
    conf += [f"cand {lo:x} {hi:x}" for lo, hi in cand_ranges]
    conf += [f"skip {lo:x} {hi:x}" for obj in HARNESS_OBJECTS for lo, hi in ranges.get(obj, [])]
    conf += [f"image {lo:x} {hi:x} {off:x}" for lo, hi, off in exec_segments(prog)]
    static = static_instructions(_tool(gcc, "objdump"), "prog", cand_ranges)

    become_subreaper()
    t0 = time.perf_counter()
    expected = {mode: run_guest(job, "trusted", trusted, mode, None) for mode in ("count", "")}
    times["trusted"] = round(time.perf_counter() - t0, 4)
    for mode, run in expected.items():
        if run.code != 0:
            return {**result, "status": "setup", "detail": f"the trusted driver ({mode or 'check'}) failed: "
                    f"exit {run.code}: {run.output[-TAIL:]}"}
    t0 = time.perf_counter()
    counted = run_guest(job, "prog", prog, "count", conf)  # the candidate's first process: nothing came before
    times["count"] = round(time.perf_counter() - t0, 4)
    if counted.code is None:
        return {**result, "status": "timeout", "detail": f"scored input: no exit within {job['run_timeout_s']} s"}
    t0 = time.perf_counter()
    checked = run_guest(job, "prog", prog, "", conf)
    times["run"] = round(time.perf_counter() - t0, 4)
    result["output"] = checked.output[-TAIL:]
    return {**result, **outcome(counted, checked, expected, static, job)}


def outcome(counted: Guest, checked: Guest, expected: dict[str, Guest], static: set[int], job: dict[str, Any]) -> dict[str, Any]:
    """The status of the candidate's counted and check runs against the trusted driver's
    (``expected``: its ``"count"`` and ``""`` runs) and, for a pass, its counts: the plugin's
    region count, and the share of the candidate's ``static`` instructions the check run covered."""
    failures = [f for f in (_failure(checked, expected[""].records, job, "tests"),
                            _failure(counted, expected["count"].records, job, "scored input")) if f]
    if failures:  # evidence of tampering in either run outranks a wrong answer
        return next((f for f in failures if f["status"] == "tampered"), failures[0])
    values = counted.report[0] if counted.report else {}
    if values.get("candidate_before"):
        return {"status": "tampered",
                "detail": f"{values['candidate_before']} candidate instructions ran before the measured region"}
    if values.get("begin_hits") != 1 or values.get("end_hits") != 1:
        return {"status": "tampered", "detail": f"region markers hit {values}"}
    covered = checked.report[1] if checked.report else set()
    return {
        "status": "pass",
        "checks": len(expected[""].records) + len(expected["count"].records),
        "instructions": values["region"],
        "candidate_instructions": values["region_candidate"],
        "static_instructions": len(static),
        "covered_instructions": len(static & covered),
        "coverage": round(len(static & covered) / len(static), 4) if static else 0.0,
        "uncovered": [f"{a:#x}" for a in sorted(static - covered)[:UNCOVERED_SHOWN]],
    }


PR_SET_DUMPABLE = 4


def main() -> int:
    import ctypes

    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)  # no ptrace or /proc/PID/mem of the runner
    job = json.loads(Path("job.json").read_text())
    try:
        result = check(job)
    except subprocess.TimeoutExpired as exc:
        result = {"status": "setup", "detail": f"tool timed out: {exc.cmd[0]}"}
    tmp = f".result.json.{os.getpid()}"
    Path(tmp).write_text(json.dumps(result))
    os.replace(tmp, "result.json")  # a file or link the candidate left at the name is replaced, not written through
    return 0


if __name__ == "__main__":
    sys.exit(main())
