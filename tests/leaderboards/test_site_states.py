"""The site for runs in every state (complete, partial, failed), a suite no longer installed, and
generation energy from eFLOPs — on a small hand-made store, so it runs in seconds (the site from
real measured runs is checked in ``test_site.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.providers import Sample, Usage
from harness.store import Store
from leaderboards.site import Assumptions, SiteError, build_site
from leaderboards.site._plots import pareto_front
from metrics.footprint import Factors
from tasks.results import Evaluation, Measurement, Verdict

FP, COUNTER = "host-test", "callgrind"


def passed(count: int) -> Evaluation:
    return Evaluation(verdict=Verdict.PASS, measurement=Measurement(instructions=count, counter=COUNTER,
                                                                    energy_j=count * 70e-12, energy_source="estimate:test"))


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "out" / "ergon.sqlite")
    for tier, count in {"slow": 9000, "fast": 1000}.items():
        store.add_reference("h1", tier, FP, COUNTER, passed(count))
    config = {"counter": COUNTER, "fingerprint": FP, "kind": "generate", "n": 2}
    done = store.create_run("done-model", "gone-suite", config)
    usage = Usage(prompt_tokens=100, completion_tokens=400, cost_usd=0.002, eflops=4e12)
    for i, ev in enumerate([passed(3000), Evaluation(verdict=Verdict.TIMEOUT)]):
        store.add_evaluation(done, "a", i, "h1", ev)
        store.add_sample(done, Sample("a", i, "def f(): pass", usage=usage))
    store.set_status(done, "complete")
    half = store.create_run("half-model", "gone-suite", config)  # killed after one sample
    store.add_evaluation(half, "a", 0, "h1", passed(2000))
    store.add_sample(half, Sample("a", 0, "def f(): return 1"))
    store.set_status(half, "interrupted")
    failed = store.create_run("failed-model", "gone-suite", config)  # every request refused
    store.add_sample(failed, Sample("a", 0, None, verdict=Verdict.GENERATION_ERROR, detail="401"))
    store.set_status(failed, "failed")
    return store


def test_every_state_is_shown_and_labelled(store: Store, tmp_path: Path) -> None:
    site = tmp_path / "site"
    build_site(store, site)
    index = (site / "index.html").read_text()
    for model in ("done-model", "half-model", "failed-model"):
        assert model in index
    assert "interrupted, partial" in index and "failed, partial" in index
    failed = next(p for p in site.glob("model-*.html") if "failed-model" in p.read_text()).read_text()
    assert "<th>generation-error</th><td>1</td>" in failed  # the verdict breakdown counts samples never evaluated
    task = next(site.glob("task-gone-suite-a-*.html")).read_text()
    assert "not in the installed suite" in task and "9,000" in task and "1,000" in task  # ladder from the store


def test_generation_energy_from_eflops_with_its_footprint(store: Store, tmp_path: Path) -> None:
    site = tmp_path / "site"
    # 2 samples × 4e12 eFLOPs at 1e12 FLOP/J = 8 J; grid 1000 g/kWh, PUE 1: 8/3.6e6 kWh × 1000 = 2.22 mg
    build_site(store, site, assumptions=Assumptions(Factors(1000, 1.0, 0, 0), flops_per_joule=1e12))
    page = next(p for p in site.glob("model-*.html") if "done-model" in p.read_text()).read_text()
    assert "8 J (estimate: 8e+12 eFLOPs at 1e+12 FLOP/J)" in page
    assert "≈ 2.22 mg CO₂e, 0 L water" in page
    build_site(store, site, assumptions=Assumptions(joules_per_token=0.5))  # rebuilt in place
    page = next(p for p in site.glob("model-*.html") if "done-model" in p.read_text()).read_text()
    assert "400 J (estimate: 800 output tokens × 0.5 J/token (given))" in page


def test_an_empty_store_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SiteError, match="no runs"):
        build_site(Store(tmp_path / "ergon.sqlite"), tmp_path / "site")
    assert not (tmp_path / "site").exists()


def test_pareto_front() -> None:
    points = [(1.0, 50.0), (2.0, 40.0), (3.0, 80.0), (4.0, 80.0), (0.5, 10.0)]
    assert pareto_front(points) == [(0.5, 10.0), (1.0, 50.0), (3.0, 80.0)]


def test_a_run_without_a_price_is_offered_on_the_tokens_axis(store: Store, tmp_path: Path) -> None:
    run = store.create_run("tokens-model", "gone-suite", {"counter": COUNTER, "fingerprint": FP, "kind": "generate"})
    store.add_evaluation(run, "a", 0, "h1", passed(1500))
    store.add_sample(run, Sample("a", 0, "def f(): pass", usage=Usage(prompt_tokens=10, completion_tokens=20)))
    store.set_status(run, "complete")
    site = tmp_path / "site"
    build_site(store, site)
    index = (site / "index.html").read_text()
    assert "Not shown (no $ per solved task): half-model (partial), tokens-model. Switch the x axis: tokens per solved task shows tokens-model." in index
    assert "tokens-model" not in next(site.glob("*-pareto.svg")).read_text()
    assert "tokens-model" in next(site.glob("*-pareto-tokens.svg")).read_text()


def test_sweeps_next_to_the_store_get_curves_and_unreadable_ones_are_named(store: Store, tmp_path: Path) -> None:
    results = store.path.parent
    compute = {"tokens": 100.0, "usd": None, "flops": None, "eflops": None, "budget_c": 1.0, "request_s": 0.5,
               "latency_s": 0.5, "ttft_s": None, "tokens_per_s": 40.0}
    points = [{"strategy": s, "budget": k, "score": {"pass": 0.25 * k, "eff": 0.1 * k},
               "interval": {"pass": [0.0, 0.5 * k], "eff": [0.0, 0.2 * k]},
               "compute": {**compute, "tokens": 100.0 * k, "budget_c": float(k)}} for s in ("best-of", "genrm") for k in (1, 2)]
    (results / "scaling-20260101-000000.json").write_text(json.dumps(
        {"suite": "gone-suite", "model": "openai:m", "tasks_used": ["a"], "points": points, "tasks": []}))
    (results / "scaling-20260101-000001.json").write_text('{"suite": "x"')
    site = tmp_path / "site"
    build_site(store, site)
    page = (site / "scaling.html").read_text()
    assert "scaling-20260101-000001.json: not a readable sweep (JSONDecodeError" in page
    assert "openai:m on gone-suite" in page and ">200</td>" in page and ">40</td>" in page
    assert sorted(p.name for p in site.glob("scaling-*.svg")) == ["scaling-0-budget_c.svg", "scaling-0-request_s.svg",
                                                                  "scaling-0-tokens.svg"]  # no $ recorded: no $ axis
    assert "genrm" in (site / "scaling-0-tokens.svg").read_text()
    assert "<th>$</th>" not in page and "<th>TTFT s</th>" not in page  # columns nobody has a value for are left out
