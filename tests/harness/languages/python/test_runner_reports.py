"""What the Python runner's parent accepts from its child (``run_child``), without a sandbox.

The parent hands its child a secret and the job over one pipe and accepts one report line, signed with
HMAC-SHA256 under that secret, whose dump digests still match the files; anything else is refused
with its reason.  Here the child is a stand-in (the counter's place in the command line is where a
prefix such as valgrind goes), doing what a candidate that took over the child process could do.  The
parent runs in its own process in a scratch directory laid out as the sandbox's payload, since it
compiles the runner there and kills every descendant it has when the child ends.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from harness.languages.python.evaluate import payload

GENUINE_QEMU = (Path(__file__).with_name("qemu") / "honest_dedupe.qemu-roi.out").read_text()

CHILD = r'''
import hashlib, hmac, json, marshal, os, sys
mode, key_fd, report_fd = sys.argv[1], int(sys.argv[-2]), int(sys.argv[-1])
if mode == "gone-before-the-job":
    sys.exit(4)
data = b""
while chunk := os.read(key_fd, 65536):
    data += chunk
secret, job = data[:32], marshal.loads(data[32:])
assert job["marker"] == "the job reached the child", job

def signed(report, key=secret):
    body = json.dumps(report)
    return json.dumps({"body": body, "mac": hmac.new(key, body.encode(), hashlib.sha256).hexdigest()}) + "\n"

regions = {"perf": {"status": "ok", "output": [1]}}
dump = b"events: Ir\nsummary: 100\n"
with open("cg.out.1", "wb") as fh:
    fh.write(dump)
digest = hashlib.sha256(dump).hexdigest()
write = lambda text: os.write(report_fd, text.encode())
if mode == "silent":
    sys.exit(3)
elif mode == "closes-then-exits":
    write(signed({"status": "ok", "regions": regions}))
    os.close(report_fd)
    import time
    time.sleep(0.3)
    sys.exit(5)
elif mode == "busy-in-the-kernel":
    with open("/dev/zero", "rb", buffering=0) as zero:
        while os.times().system < 0.05:
            zero.read(1 << 20)
    write(signed({"status": "ok", "regions": regions, "times": list(os.times()[:2])}))
elif mode == "good":
    write(signed({"status": "ok", "regions": regions}))
elif mode == "two-lines":
    write(signed({"status": "ok", "regions": regions}) * 2)
elif mode == "not-json":
    write("ok\n")
elif mode == "no-mac":
    write(json.dumps({"body": json.dumps({"status": "ok"})}) + "\n")
elif mode == "not-an-object":
    write("[1, 2]\n")
elif mode == "other-key":
    write(signed({"status": "ok", "regions": regions}, key=bytes(32)))
elif mode == "dump-kept":
    write(signed({"status": "ok", "regions": regions, "dump_digests": {"cg.out.1": digest}}))
elif mode == "dump-changed":
    write(signed({"status": "ok", "regions": regions, "dump_digests": {"cg.out.1": digest}}))
    with open("cg.out.1", "ab") as fh:
        fh.write(b"summary: 1\n")
elif mode == "dump-missing":
    write(signed({"status": "ok", "regions": regions, "dump_digests": {"cg.out.9": digest}}))
elif mode == "dump-link":
    os.rename("cg.out.1", "real")
    os.symlink("real", "cg.out.1")
    write(signed({"status": "ok", "regions": regions, "dump_digests": {"cg.out.1": digest}}))
elif mode in ("qemu", "qemu-missing"):
    if mode == "qemu":
        with open(f"qemu-roi.out.{os.getpid()}", "w") as fh:
            fh.write(os.environ["GENUINE_QEMU"])
    write(signed({"status": "ok", "regions": {label: {"status": "ok", "output": [1]} for label in ("perf", "n=1000", "n=500")}}))
'''

PARENT = r'''
import json, sys
import runner
with open("args.json") as fh:
    job, purpose, prefix = json.load(fh)
print(json.dumps(runner.run_child(job, purpose, prefix)))
'''


def parent(tmp_path: Path, mode: str, counter: str = "callgrind", padding: int = 0) -> dict[str, Any]:
    """The parent's verdict on a stand-in child acting out ``mode``."""
    for name, data in payload():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "child.py").write_text(CHILD)
    job = {"mode": "measure", "counter": counter, "marker": "the job reached the child",
           "inputs": {"perf": [[1]], "n=1000": [[1]], "n=500": [[1]]}, "padding": "x" * padding}
    (tmp_path / "args.json").write_text(json.dumps([job, "measure", [sys.executable, "child.py", mode]]))
    argv = [sys.executable, "-S", "-c", PARENT]
    out = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True, timeout=60,
                         env={"GENUINE_QEMU": GENUINE_QEMU, "PYTHONPATH": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_a_signed_report_is_taken_with_the_childs_exit_and_cpu(tmp_path: Path) -> None:
    got = parent(tmp_path, "good")
    assert got["status"] == "ok" and got["regions"] == {"perf": {"status": "ok", "output": [1]}}
    assert got["exit"] == 0 and got["cpu_s"] > 0 and "dumps" not in got


def test_a_child_that_reports_nothing_is_named_with_its_exit(tmp_path: Path) -> None:
    got = parent(tmp_path, "silent")
    assert got["status"] == "no-report" and got["exit"] == 3
    assert got["error"] == "the candidate's process ended without a report (exit 3)"


@pytest.mark.parametrize(("mode", "error"), [
    ("two-lines", "2 report lines from the child (one expected)"),
    ("not-json", "the child's report is not the runner's"),
    ("no-mac", "the child's report is not the runner's"),
    ("not-an-object", "the child's report is not the runner's"),
    ("other-key", "the child's report does not carry the runner's signature"),
    ("dump-changed", "cg.out.1 changed after the counter wrote it"),
    ("dump-missing", "cg.out.9 changed after the counter wrote it"),
    ("dump-link", "cg.out.1 changed after the counter wrote it"),
])
def test_a_report_the_runner_did_not_write_is_tampering(tmp_path: Path, mode: str, error: str) -> None:
    got = parent(tmp_path, mode)
    assert (got["status"], got["error"]) == ("tampered", error)
    assert "regions" not in got


def test_dumps_that_still_match_their_digests_are_named_in_the_report(tmp_path: Path) -> None:
    got = parent(tmp_path, "dump-kept")
    assert got["status"] == "ok" and got["dumps"] == ["cg.out.1"] and "dump_digests" not in got


def test_qemu_counts_are_read_for_a_measuring_child_under_qemu_only(tmp_path: Path) -> None:
    got = parent(tmp_path, "qemu", counter="qemu-host")
    assert got["status"] == "ok"
    assert [got["regions"][label]["count"] for label in ("perf", "n=1000", "n=500")] == [974956, 491660, 247460]
    assert {region["empty_count"] for region in got["regions"].values()} == {9944}


def test_a_measuring_child_under_qemu_without_the_plugins_file_has_no_count(tmp_path: Path) -> None:
    got = parent(tmp_path, "qemu-missing", counter="qemu-host")
    assert got["status"] == "measure-error" and got["error"].startswith("the qemu plugin wrote no counts")


def test_no_qemu_file_is_looked_for_under_another_counter(tmp_path: Path) -> None:
    got = parent(tmp_path, "qemu-missing")
    assert got["status"] == "ok" and "count" not in got["regions"]["perf"]


def test_the_childs_exit_is_its_own_even_after_it_closed_the_report(tmp_path: Path) -> None:
    got = parent(tmp_path, "closes-then-exits")
    assert got["status"] == "ok" and got["exit"] == 5


def test_a_child_gone_before_it_read_the_job_reports_nothing(tmp_path: Path) -> None:
    """The job (far more than a pipe holds) meets a closed pipe: the parent says so, it does not crash."""
    got = parent(tmp_path, "gone-before-the-job", padding=4 << 20)
    assert got["status"] == "no-report" and got["exit"] == 4


def test_the_childs_cpu_time_counts_its_kernel_time_too(tmp_path: Path) -> None:
    got = parent(tmp_path, "busy-in-the-kernel")
    user, system = got["times"]
    assert system >= 0.05 and got["cpu_s"] >= user + system - 0.021  # times() ticks are 10 ms; taken before its exit
