"""Throughput and per-request overhead of the openai provider against a local server.

The scripted OpenAI-compatible server (:mod:`harness.endpoints.scripted_server`) runs in its own
process and adds a fixed latency to every reply.  For each concurrency limit the provider
generates one sample per task for enough distinct tasks to keep every slot busy for a
couple of seconds, with the response cache on as in a real run.  The ideal throughput is
``concurrency / latency``; overhead per request is ``wall · concurrency / requests - latency``,
the time a slot spends per request beyond the server's own delay.  Finally the same
requests are replayed from the cache.

    python -m benchmarks.endpoints [--latency 0.05] [--seconds 2]

(run as a module: as a script, ``benchmarks/harness.py`` would shadow the ``harness`` package)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness.endpoints.provider import OpenAIModel
from harness.endpoints.scripted_server import toy_task
from pydantic import SecretStr

from harness.providers import ModelContext, ModelOptions, SampleRequest

CONCURRENCY = (1, 8, 64)


def measure(url: str, cache: Path, concurrency: int, count: int) -> tuple[float, float, int]:
    """(wall seconds of a fresh run, wall seconds of its cached replay, samples with errors)."""
    tasks = [toy_task(f"c{concurrency}_{i}", f"f{concurrency}_{i}") for i in range(count)]
    requests = [SampleRequest(t, 0) for t in tasks]
    options = ModelOptions(base_url=url, api_key=SecretStr("bench"), concurrency=concurrency, max_retries=0)
    model = OpenAIModel("bench", options, ModelContext(cache_path=cache))
    try:
        start = time.perf_counter()
        samples = list(model.generate(requests))
        fresh = time.perf_counter() - start
        start = time.perf_counter()
        replayed = list(model.generate(requests))
        cached = time.perf_counter() - start
    finally:
        model.close()
    assert len(samples) == len(replayed) == count
    return fresh, cached, sum(s.error is not None for s in samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--latency", type=float, default=0.05, help="server delay per reply, seconds")
    parser.add_argument("--seconds", type=float, default=2.0, help="ideal duration of each run")
    args = parser.parse_args()
    server = subprocess.Popen([sys.executable, "-m", "harness.endpoints.scripted_server", "--latency", str(args.latency)], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        rows = []
        with tempfile.TemporaryDirectory() as tmp:
            measure(url, Path(tmp) / "warmup.sqlite", 4, 8)
            for c in CONCURRENCY:
                count = max(20, round(args.seconds * c / args.latency))
                fresh, cached, errors = measure(url, Path(tmp) / f"c{c}.sqlite", c, count)
                ideal = c / args.latency
                overhead_ms = (fresh * c / count - args.latency) * 1000
                rows.append([c, count, f"{fresh:.2f}", f"{count / fresh:.1f}", f"{ideal:.0f}", f"{count / fresh / ideal:.0%}", f"{overhead_ms:.2f}", f"{count / cached:.0f}", errors])
    finally:
        server.terminate()
        server.wait()
    header = ["concurrency", "requests", "wall s", "req/s", "ideal req/s", "efficiency", "overhead ms/req", "cached samples/s", "errors"]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    print(f"server latency {args.latency * 1000:.0f} ms per reply; one sample per request; response cache on")
    for row in [header, *rows]:
        print("  ".join(str(x).rjust(w) for x, w in zip(row, widths)))


if __name__ == "__main__":
    main()
