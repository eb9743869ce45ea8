"""Expected outputs a public benchmark does not ship, computed from its own reference solution.

EvalPerf gives a performance input but not its output; like evalplus's ``trusted_exec`` (which
runs the canonical solutions on the host to build its ground truth), the loader runs the
benchmark's fastest reference once per input in a separate, isolated interpreter (``python -I``,
a fresh temporary directory, CPU-time and address-space limits) and keeps the canonical output
in a cache keyed by the code and the input, so later loads of the same data do not run it again.
Only references from the dataset run here, never a candidate's code.

The cache is bounded: past ``ERGON_CACHE_MAX_BYTES`` (1 GiB unless set; COFFE's stressful
outputs alone once filled 2.9 GB) the least recently used entries are deleted after each write,
and an entry larger than the whole bound is not kept at all.  A deleted entry only costs running
its reference again on the next load.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tasks import canonical as canonical_module

CPU_SECONDS = 120
ADDRESS_SPACE = 8 << 30

DRIVER = """
import json, sys
spec = json.load(sys.stdin)
exec(compile(spec["canonical"], "canonical.py", "exec"), globals())

ns = {"__name__": "reference"}
exec(compile(spec["code"], "reference.py", "exec"), ns)
fn = ns[spec["entry_point"]]
gen = None
if spec.get("generator"):
    import random, time
    gen = {"time": time, "random": random}
    exec(compile(spec["generator"]["helpers"], "helpers.py", "exec"), gen)
    exec(compile(spec["generator"]["code"], "generator.py", "exec"), gen)
results = []
for call in spec["calls"]:
    try:
        if "generate" in call:
            size, lid, cid, seed = call["generate"]
            gen["random"].seed(seed)
            args = gen["generate_input"](size=size, lid=lid, cid=cid)
        else:
            args = eval(call["expr"], {}) if "expr" in call else from_wire(call["args"])
        if type(args) not in (list, tuple):
            results.append({"error": "the arguments are not a list"})
            continue
        try:
            shown = to_wire(list(args))
        except NotCanonical as exc:
            results.append({"error": str(exc)})
            continue
        args = from_wire(json.loads(json.dumps(shown)))
        output = canonical(fn(*args))
        json.dumps(output)  # an int past Python's 4300-digit conversion limit cannot be stored: an error here
        results.append({"args": shown, "output": output})
    except Exception as exc:
        results.append({"error": type(exc).__name__ + ": " + str(exc)[:200]})
with open("result.json", "w") as out:  # not stdout: the reference may print
    json.dump(results, out)
"""


CACHE_LIMIT_VARIABLE = "ERGON_CACHE_MAX_BYTES"
DEFAULT_CACHE_LIMIT = 1 << 30


class ReferenceFailed(RuntimeError):
    """The benchmark's reference could not be run at all (the message says why)."""


def cache_dir() -> Path:
    return Path(os.environ.get("ERGON_CACHE", Path.home() / ".cache" / "ergon")) / "reference-outputs"


def cache_limit() -> int:
    """The cache's bound in bytes (``ERGON_CACHE_MAX_BYTES``; a malformed value is one clear error)."""
    raw = os.environ.get(CACHE_LIMIT_VARIABLE, "").strip()
    if not raw:
        return DEFAULT_CACHE_LIMIT
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if value < 0:
        raise ValueError(f"{CACHE_LIMIT_VARIABLE} must be a whole number of bytes >= 0, got {raw!r}")
    return value


def _store(path: Path, text: str) -> None:
    """Keep ``text`` at ``path`` unless it alone exceeds the bound, then evict down to the bound."""
    limit = cache_limit()
    if len(text.encode("utf-8", "surrogatepass")) > limit:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.with_suffix(f".{os.getpid()}.tmp")
    scratch.write_text(text, encoding="utf-8", errors="surrogatepass")
    scratch.replace(path)  # whole or absent: a concurrent load never reads half an entry
    evict(path.parent, limit, keep=path)


def evict(directory: Path, limit: int, keep: Path | None = None) -> int:
    """Delete the least recently used ``*.json`` entries of ``directory`` until they total at most
    ``limit`` bytes (``keep`` last of all); returns the bytes freed."""
    entries = []
    for entry in directory.glob("*.json"):
        try:
            stat = entry.stat()
        except FileNotFoundError:  # removed by a concurrent load
            continue
        entries.append((entry == keep, stat.st_mtime_ns, stat.st_size, entry))
    total = sum(size for _, _, size, _ in entries)
    freed = 0
    for _, _, size, entry in sorted(entries, key=lambda e: (e[0], e[1])):
        if total - freed <= limit:
            break
        entry.unlink(missing_ok=True)
        freed += size
    return freed


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_reference(code: str, entry_point: str, calls: list[dict[str, Any]],
                  generator: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """For each call — ``{"args": [...]}``; ``{"expr": "..."}``, a Python expression giving the
    argument list (COFFE's stressful tests); or ``{"generate": [size, lid, cid, seed]}``, the
    arguments ``generate_input(size, lid, cid)`` returns after ``random.seed(seed)`` (ENAMEL's
    generators; ``generator`` = ``{"helpers": code, "code": code}``) — ``{"args", "output"}``
    (canonical) or ``{"error"}``; cached."""
    spec: dict[str, Any] = {"code": code, "entry_point": entry_point, "calls": calls, "driver": driver_version()}
    if generator:
        spec["generator"] = generator
    cached, hit = _lookup(spec)
    if hit is not None:
        return _parse(hit)
    spec["canonical"] = Path(canonical_module.__file__).read_text()
    with tempfile.TemporaryDirectory(prefix="ergon-ref-") as scratch:
        try:
            done = _host_python(["-c", DRIVER], json.dumps(spec), scratch)
        except subprocess.TimeoutExpired:
            raise ReferenceFailed(f"the reference took over {2 * CPU_SECONDS} s") from None
        result = Path(scratch) / "result.json"
        if done.returncode != 0 or not result.is_file():
            tail = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
            # kept: a reference over its CPU limit or broken would cost as much on every load (a wall-clock
            # timeout, which a busy machine can cause, is not kept)
            text = json.dumps({"failed": f"the reference could not run: {tail[:200]}"})
        else:
            text = result.read_text()
    _store(cached, text)
    return _parse(text)


def driver_version() -> str:
    """Part of every cache key: outputs made by another driver or canonical form are made again."""
    blob = DRIVER + Path(canonical_module.__file__).read_text()
    return hashlib.sha256(blob.encode()).hexdigest()[:12]


def _lookup(spec: dict[str, Any]) -> tuple[Path, str | None]:
    """Where ``spec``'s outcome is cached, and the cached text if it is there."""
    key = hashlib.sha256(json.dumps(spec, sort_keys=True).encode("utf-8", "surrogatepass")).hexdigest()
    cached = cache_dir() / f"{key}.json"
    try:
        text = cached.read_text()
        os.utime(cached)  # recently used: evicted last
        return cached, text
    except FileNotFoundError:  # never stored, or evicted
        return cached, None


GENERATOR_DRIVER = """
import json, random, sys
sys.set_int_max_str_digits(0)
spec = json.load(sys.stdin)
random.seed(spec["seed"])
results = []
for code in spec["generators"]:
    try:
        ns = {"__name__": "generator"}
        exec(compile(code, "generator.py", "exec"), ns)
        text = ns["generate_input"]()
        results.append({"stdin": text} if type(text) is str else
                       {"error": "generate_input returned " + type(text).__name__ + ", not str"})
    except Exception as exc:
        results.append({"error": type(exc).__name__ + ": " + str(exc)[:200]})
with open("result.json", "w") as out:
    json.dump(results, out)
"""


def _host_python(argv: list[str], stdin: str, scratch: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-I", *argv], input=stdin, capture_output=True, text=True, cwd=scratch,
                          timeout=2 * CPU_SECONDS, preexec_fn=_limits, env={"PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0"})


def run_program_reference(code: str, generators: list[str], seed: int) -> list[dict[str, Any]]:
    """Inputs from a whole-program benchmark's generators and the reference program's outputs on them.

    Each generator is code defining ``generate_input()`` that returns a stdin text; they are called
    in order after one ``random.seed(seed)``, as COFFE's ``unsafe_execute`` calls its file-level
    stressful tests.  The reference ``code`` then runs once per input as a program (``python -I``,
    the same limits).  Each outcome is ``{"stdin", "stdout"}`` or ``{"error"}``; cached.
    """
    spec: dict[str, Any] = {"program": code, "generators": generators, "seed": seed,
                            "driver": hashlib.sha256(GENERATOR_DRIVER.encode()).hexdigest()[:12]}
    cached, hit = _lookup(spec)
    if hit is not None:
        return _parse(hit)
    outcomes: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="ergon-ref-") as scratch:
        try:
            made = _host_python(["-c", GENERATOR_DRIVER], json.dumps(spec), scratch)
            result = Path(scratch) / "result.json"
            if made.returncode != 0 or not result.is_file():
                tail = (made.stderr.strip().splitlines() or [f"exit status {made.returncode}"])[-1]
                text = json.dumps({"failed": f"the input generators could not run: {tail[:200]}"})
                _store(cached, text)
                return _parse(text)
            (Path(scratch) / "reference.py").write_text(code, encoding="utf-8", errors="surrogatepass")
            for made_input in json.loads(result.read_text()):
                if "error" in made_input:
                    outcomes.append(made_input)
                    continue
                ran = _host_python(["reference.py"], made_input["stdin"], scratch)
                if ran.returncode != 0:
                    tail = (ran.stderr.strip().splitlines() or [f"exit status {ran.returncode}"])[-1]
                    outcomes.append({"error": f"the reference failed: {tail[:200]}"})
                else:
                    outcomes.append({"stdin": made_input["stdin"], "stdout": ran.stdout})
        except subprocess.TimeoutExpired:
            raise ReferenceFailed(f"the reference took over {2 * CPU_SECONDS} s") from None
    text = json.dumps(outcomes)
    _store(cached, text)
    return outcomes


def _parse(text: str) -> list[dict[str, Any]]:
    try:
        value = json.loads(text)
    except ValueError as exc:  # e.g. an int past the 4300-digit conversion limit
        raise ReferenceFailed(f"the reference's outputs cannot be read: {str(exc)[:120]}") from None
    if isinstance(value, dict):
        raise ReferenceFailed(value["failed"])
    return value


def reference_output(code: str, entry_point: str, args: list[Any]) -> Any:
    """The canonical output of ``entry_point(*args)`` under ``code``."""
    [outcome] = run_reference(code, entry_point, [{"args": args}])
    if "error" in outcome:
        raise ReferenceFailed(f"the reference failed on the performance input: {outcome['error']}")
    return outcome["output"]
