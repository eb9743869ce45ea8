"""Time and peak memory of one huge reply, from the server's bytes to the stored sample.

The scripted server (in this process) answers one request with a reply of ``--mb`` megabytes:
a Python function followed by that much prose and no code fence, the worst case for code
extraction.  A child process asks for it through the openai provider (response cache on, as
in a run), stores the sample in a results store, and reports its wall time and peak RSS.

    python -m benchmarks.huge_reply [--mb 10] [--fenced] [--max-reply-chars N]

(run as a module: as a script, ``benchmarks/harness.py`` would shadow the ``harness`` package)
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pydantic import SecretStr

from harness.endpoints.provider import OpenAIModel
from harness.endpoints.scripted_server import FakeOpenAIServer, toy_task
from harness.providers import ModelContext, ModelOptions, SampleRequest
from harness.store import Store

LINE = "This line explains the answer above at some length, as verbose models do.\n"


def reply(megabytes: float, fenced: bool) -> str:
    prose = LINE * int(megabytes * 1e6 / len(LINE))
    code = "def f(x):\n    return x\n"
    return f"```python\n{code}```\n{prose}" if fenced else f"Here it is.\n{code}{prose}"


def child(url: str, directory: Path, max_reply_chars: int | None) -> None:
    """Generate and store the one sample; print wall seconds, peak RSS and what was stored."""
    start = time.perf_counter()
    options = ModelOptions(base_url=url, api_key=SecretStr("bench"), max_retries=0, timeout=600,
                           max_reply_chars=max_reply_chars)
    store = Store(directory / "ergon.sqlite")
    model = OpenAIModel("bench", options, ModelContext(cache_path=store.path))  # as a run does: replies stored once
    run_id = store.create_run("openai:bench", "test", {})
    try:
        for sample in model.generate([SampleRequest(toy_task(), 0)]):
            store.add_sample(run_id, sample)
            stored = {"code": len(sample.code or ""), "raw": len(sample.raw or ""), "detail": sample.detail[:80]}
    finally:
        model.close()
        store.close()
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sizes = {p.name: p.stat().st_size for p in directory.iterdir()}
    print(json.dumps({"wall_s": wall, "peak_rss_mb": peak, "stored": stored, "files": sizes}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--fenced", action="store_true", help="put the code in a fence (the easy case)")
    parser.add_argument("--max-reply-chars", type=int, default=None, help="the provider's cap (default: its own)")
    parser.add_argument("--child", nargs=2, metavar=("URL", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), args.max_reply_chars)
        return
    text = reply(args.mb, args.fenced)
    with FakeOpenAIServer(responder=lambda body, index: text) as server, tempfile.TemporaryDirectory() as tmp:
        cap = ["--max-reply-chars", str(args.max_reply_chars)] if args.max_reply_chars else []
        out = subprocess.run([sys.executable, "-m", "benchmarks.huge_reply", "--child", server.url, tmp, *cap],
                             capture_output=True, text=True, check=True).stdout
    result = json.loads(out)
    print("| reply | wall s | peak RSS MB | code chars stored | raw chars stored | files (bytes) |")
    print("|---|---|---|---|---|---|")
    print(f"| {args.mb:g} MB {'fenced' if args.fenced else 'unfenced'} | {result['wall_s']:.1f} | "
          f"{result['peak_rss_mb']:.0f} | {result['stored']['code']} | {result['stored']['raw']} | {result['files']} |")
    if result["stored"]["detail"]:
        print(f"\ndetail: {result['stored']['detail']}")


if __name__ == "__main__":
    main()
