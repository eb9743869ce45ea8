"""``ergon scaling``: one pool per task at the largest budget, smaller budgets by exact subsampling.

The scripted server deals ``dedupe`` four replies — wrong on a visible case, slow correct, fast
correct, a cheat wrong only on hidden inputs — and a verifier that says yes to the two correct
ones.  Every expected score below is worked out by hand over the subsets of those four; slow:
the correct candidates are counted under callgrind and each is scored on the hidden tests.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
from click.testing import CliRunner

from harness.endpoints.scripted_server import Deck, FakeOpenAIServer
from test_scaling_run import CHEAT, FAST, SEED, SLOW, WRONG, env, fenced, is_probe, run_cli  # noqa: F401

HERE = Path(__file__).parent
DECK = [WRONG, SLOW, FAST, CHEAT]


def replies(body: dict[str, Any]) -> list[str]:
    text = " ".join(m["content"] for m in body.get("messages", []))
    if "Answer with one word: yes or no" in text:
        return ["yes" if FAST in text or SLOW in text else "no"]
    return [fenced(code) for code in DECK]


@pytest.fixture()
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(responder=Deck(replies), supports_n=False) as srv:
        yield srv


def scaling(out: Path, url: str, *args: str) -> list[str]:
    return [sys.executable, str(HERE / "scaling_cli.py"), "scaling", "--suite", "agent-toy", "--model", "openai:m",
            "--base-url", url, "-e", "local", "--seed", str(SEED), "--workers", "2", "--out", str(out), *args]


@pytest.mark.slow
@pytest.mark.needs("bwrap", "valgrind")
def test_a_sweep_pays_for_its_largest_budget_only_and_matches_the_subsets_by_hand(
        server: FakeOpenAIServer, tmp_path: Path, env: dict[str, str]) -> None:
    out = tmp_path / "out"
    png = tmp_path / "curves.png"
    result = run_cli(scaling(out, server.url, "--strategies", "best-of,self-consistency,genrm", "--budgets", "1,2,4",
                             "--plot", str(png)), {**env, "COLUMNS": "200"})
    assert result.returncode == 0, result.stderr
    sent = [r.body for r in server.requests if not is_probe(r.body)]
    verifications = [b for b in sent if "yes or no" in b["messages"][-1]["content"]]
    assert len(sent) - len(verifications) == 4 and len(verifications) == 4  # not 1 + 2 + 4 pools

    (stored,) = out.glob("scaling-*.json")
    data = json.loads(stored.read_text())
    got = {(p["strategy"], p["budget"]): p for p in data["points"]}
    # best-of ranks cheat < fast < slow < wrong; the cheat fails the hidden tests
    # k=2: fast first in {fast, slow}, {fast, wrong} (2 of 6 pairs) and slow in {slow, wrong} → 3/6
    expected_pass = {("best-of", 1): 0.5, ("best-of", 2): 0.5, ("best-of", 4): 0.0,
                     # slow, fast and cheat behave alike on what is visible: that cluster wins, its cheapest is the cheat
                     ("self-consistency", 1): 0.5, ("self-consistency", 2): 0.5, ("self-consistency", 4): 0.0,
                     # yes to fast and slow: a subset holding either passes (5 of 6 pairs)
                     ("genrm", 1): 0.5, ("genrm", 2): 5 / 6, ("genrm", 4): 1.0}
    assert {key: p["score"]["pass"] for key, p in got.items()} == pytest.approx(expected_pass)
    (task,) = data["tasks"]
    pool_tokens = sum(c["call"]["prompt_tokens"] + c["call"]["completion_tokens"] for c in task["candidates"])
    assert got[("best-of", 2)]["compute"]["tokens"] == pytest.approx(pool_tokens / 2)
    assert got[("best-of", 4)]["compute"]["budget_c"] == 4
    t_s = sum(c["call"]["completion_tokens"] for c in task["candidates"]) / 4
    assert got[("genrm", 4)]["compute"]["budget_c"] == pytest.approx(4 * (1 + 1 / t_s))  # every verdict is one word
    assert {c["profiling_instructions"] is not None for c in task["candidates"]} == {True, False}
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "self-consistency" in result.stdout and "genrm" in result.stdout


def test_bad_sweep_options_fail_on_one_line(tmp_path: Path) -> None:
    import agents.scaling.cli  # noqa: F401  (registers the command, as the installed entry point does)
    from harness.cli import main

    for args, message in ((("--budgets", "0,2"), "--budgets '0,2': give whole numbers ≥ 1"),
                          (("--strategies", "best-of,vote"), "unknown strategy vote"),
                          (("--strategies", "genrm", "-V", "0"), "verifications=0 must be between 1 and 99"),
                          (("--strategies", "best-of,optimal"), "optimal chooses among strategies")):
        result = CliRunner().invoke(main, scaling(tmp_path / "out", "http://127.0.0.1:9/v1", *args)[2:])
        assert result.exit_code == 1 and message in result.output, result.output
        assert len(result.output.strip().splitlines()) == 1
    assert not list((tmp_path / "out").glob("scaling-*"))


def test_a_suite_the_strategies_cannot_see_into_is_refused(tmp_path: Path) -> None:
    import agents.scaling.cli  # noqa: F401
    from harness.cli import main

    result = CliRunner().invoke(main, ["scaling", "--suite", "isa", "--model", "openai:m", "--base-url",
                                       "http://127.0.0.1:9/v1", "-e", "local", "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "works on python tasks, not asm" in result.output, result.output


def pair_replies(body: dict[str, Any]) -> list[str]:
    """``dedupe``: slow and fast correct drafts; its variant B: two wrong ones; any edit or repair: fast."""
    messages = body.get("messages", [])
    if any(m["role"] == "assistant" for m in messages):
        return [fenced(FAST)]
    text = " ".join(m["content"] for m in messages)
    return [fenced(WRONG)] * 2 if "variant B" in text else [fenced(SLOW), fenced(FAST)]


@pytest.mark.slow
@pytest.mark.needs("bwrap", "valgrind")
def test_refine_and_optimal_through_the_cli_with_serving_times(tmp_path: Path, env: dict[str, str]) -> None:
    """Slow (~1 min): two tasks' candidates checked, counted under callgrind and scored."""
    out = tmp_path / "out"
    with FakeOpenAIServer(responder=Deck(pair_replies), supports_n=False, latency=0.02) as server:
        argv = scaling(out, server.url, "--strategies", "best-of,refine,optimal", "--budgets", "1,2", "--stream")
        argv[argv.index("agent-toy")] = "agent-toy-pair"
        result = run_cli(argv, {**env, "COLUMNS": "250"})
        assert result.returncode == 0, result.stderr
        sent = [r.body for r in server.requests if not is_probe(r.body)]
    # pools of 2 for both tasks, then refine: one draft per task shared by both budgets (cached), one edit each
    assert len(sent) == 4 + 2 + 2
    (stored,) = out.glob("scaling-*.json")
    data = json.loads(stored.read_text())
    got = {(p["strategy"], p["budget"]): p for p in data["points"]}
    # refine@1 submits the third dealt draft (slow on dedupe, wrong on B); refine@2 edits or repairs it to fast
    a, b = "tiny_dedupe", "dedupe-b"
    assert got[("refine", 1)]["per_task"][a]["pass"] == 1 and got[("refine", 1)]["per_task"][b]["pass"] == 0
    assert {t: v["pass"] for t, v in got[("refine", 2)]["per_task"].items()} == {a: 1, b: 1}
    assert got[("refine", 2)]["per_task"][a]["eff"] > got[("refine", 1)]["per_task"][a]["eff"] > 0
    assert got[("best-of", 2)]["score"]["pass"] == 0.5  # nothing right to pick on B
    assert [got[("refine", k)]["compute"]["budget_c"] for k in (1, 2)] == [1, 2]

    # optimal: chosen on the calibration task, scored on the other, both named
    split = data["optimal"]
    assert sorted(split["calibration"] + split["evaluation"]) == [b, a]
    (evaluated,) = split["evaluation"]
    for k in (1, 2):
        chosen = split["choice"][str(k)]["0"]
        (calibrated,) = split["calibration"]
        others = [s for s in ("best-of", "refine") if s != chosen]
        assert all(got[(chosen, k)]["per_task"][calibrated]["eff"] >= got[(s, k)]["per_task"][calibrated]["eff"]
                   for s in others)
        assert got[("optimal", k)]["per_task"] == {evaluated: got[(chosen, k)]["per_task"][evaluated]}
    assert "optimal: calibrated on" in result.stdout

    # serving figures: every request waited the server's 0.02 s; streamed, so a time to first token
    for p in data["points"]:
        c = p["compute"]
        assert c["latency_s"] >= 0.02 and 0 < c["ttft_s"] <= c["latency_s"] and c["tokens_per_s"] > 0
    assert got[("refine", 2)]["compute"]["request_s"] >= 2 * 0.02
    assert "TTFT s" in result.stdout and "tok/s" in result.stdout
