"""``ergon publish``: the site built from real runs, checked as files and in a real headless Chromium.

The browser tests drive Debian's ``chromium`` with playwright (``.ci/install`` installs it); each
page type leaves a full-page screenshot in pytest's temporary directory, and its path is printed
(``pytest -s`` or ``-rP`` shows it).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator

import pytest

from harness.store import Store
from tests.leaderboards.conftest import ergon

pytestmark = pytest.mark.slow  # the shared store takes a few minutes of callgrind counting (once per session)


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(found["id"])  # type: ignore[arg-type]
        for key in ("href", "src"):
            if found.get(key):
                self.refs.append(found[key])  # type: ignore[arg-type]


def parse(path: Path) -> _Refs:
    parser = _Refs()
    parser.feed(path.read_text())
    return parser


@pytest.fixture(scope="module")
def site(real_results: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    result = ergon("publish", "--out", str(out), "--results", str(real_results))
    assert "wrote" in result.stderr
    return out


@pytest.fixture(scope="module")
def board(real_results: Path) -> list[dict]:
    return json.loads(ergon("leaderboard", "--out", str(real_results), "--format", "json").stdout)


def test_every_link_and_image_resolves(site: Path) -> None:
    pages = sorted(site.glob("*.html"))
    assert {p.name for p in pages} >= {"index.html", "provenance.html"}
    assert any(p.name.startswith("model-") for p in pages) and any(p.name.startswith("task-") for p in pages)
    broken = []
    for page in pages:
        for ref in parse(page).refs:
            assert not re.match(r"^[a-z]+:", ref), f"{page.name} links off the site: {ref}"
            target, _, fragment = ref.partition("#")
            if not (site / target).is_file():
                broken.append(f"{page.name} -> {ref}")
            elif fragment and fragment not in parse(site / target).ids:
                broken.append(f"{page.name} -> {ref} (no such anchor)")
    assert not broken, broken
    for svg in site.glob("*.svg"):
        assert ET.parse(svg).getroot().tag.endswith("svg")


def test_pages_show_the_stored_numbers(site: Path, board: list[dict], real_results: Path) -> None:
    index = (site / "index.html").read_text()
    assert {r["kind"] for r in board} == {"generate", "edit"}
    for row in board:
        assert row["run_id"] in index
        if row["dps"]:
            assert f'{row["dps"]["value"]:.1f} <span class="ci">[{row["dps"]["ci_low"]:.1f}, {row["dps"]["ci_high"]:.1f}]' in index
    model = next(r for r in board if r["model"] == "openai:site-model")
    assert model["cost_usd"] and model["tokens"]
    assert model["requests"] == 4 and model["mean_latency_s"] > 0 and model["mean_ttft_s"] is None  # 2 tasks × 2, unstreamed
    assert f'<td data-sort="{model["mean_latency_s"]!r}">{model["mean_latency_s"]:.2f}</td>' in index  # s/request
    pareto = next(site.glob("*-pareto.svg")).read_text()
    assert "site-model" in pareto and "$ per solved task" in pareto  # the model that has a cost is on the cost axis
    # the model without a price is left off the $ axis, said so, and shown on the tokens axis offered beside it
    assert "unpriced-model" not in pareto
    assert re.search(r"Not shown \(no \$ per solved task\): [^<]*openai:unpriced-model[^<]*Switch the x axis: "
                     r"tokens per solved task shows openai:unpriced-model\.", index)
    tokens = next(site.glob("*-pareto-tokens.svg")).read_text()
    assert "unpriced-model" in tokens and "site-model" in tokens and "tokens per solved task" in tokens
    assert re.search(r'<option value="[^"]*-pareto-tokens.svg"[^>]*>tokens per solved task</option>', index)

    store = Store(real_results / "ergon.sqlite")
    info = store.run(model["run_id"])
    refs = store.references_for(info.config["fingerprint"], info.config["counter"])
    dedupe = [p.read_text() for p in site.glob("task-builtin-dedupe-*.html")][0]
    for (_, tier), ev in refs.items():
        if tier in ("list-scan", "dict-fromkeys"):
            assert f"{ev.measurement.instructions:,}" in dedupe  # the ladder with its counts
    best = min(t["best_instructions"] for t in model["tasks"] if t["task_id"] == "dedupe")
    assert f"sample 0, {best:,} instructions" in dedupe or f"sample 1, {best:,} instructions" in dedupe
    assert '<span class="add">+    seen = set()</span>' in dedupe  # a diff against the nearest reference
    page = next(p for p in site.glob("model-*.html") if "openai:site-model" in p.read_text()).read_text()
    output_tokens = sum(s.usage.completion_tokens for s in store.samples(model["run_id"]).values())
    assert f"{output_tokens:,} output tokens × 3.5 J/token" in page  # generation energy, labelled and sourced
    assert page.count("<i>estimates</i>") == 2  # carbon and water next to both energy figures
    provenance = (site / "provenance.html").read_text()
    assert info.config["fingerprint"] in provenance and info.config["counter"] in provenance


def test_scaling_page_draws_each_sweep_with_its_accounting(site: Path, real_results: Path) -> None:
    (stored,) = real_results.glob("scaling-*.json")
    sweep = json.loads(stored.read_text())
    page = (site / "scaling.html").read_text()
    assert 'href="scaling.html"' in (site / "index.html").read_text()
    assert stored.stem in page and "openai:site-model on builtin" in page
    for p in sweep["points"]:
        c = p["compute"]
        row = (f'<tr><td>{p["strategy"]}</td><td data-sort="{p["budget"]}">{p["budget"]}</td>\n'
               f'<td data-sort="{p["score"]["pass"]}">{p["score"]["pass"]:.3f}')
        assert row in page
        assert f">{c['tokens']:,.0f}</td>" in page and f">{c['usd']:.5f}</td>" in page
        assert f">{c['latency_s']:.3f}</td>" in page and c["ttft_s"] is not None  # streamed: serving times shown
    for axis in ("tokens", "usd", "budget_c", "request_s"):  # every compute axis the sweep recorded
        svg = (site / f"scaling-0-{axis}.svg").read_text()
        assert "best-of" in svg and "self-consistency" in svg
        assert f'<option value="scaling-0-{axis}.svg"' in page
    assert not (site / "scaling-0-flops.svg").exists()  # no parameter count configured: no FLOPs axis


def test_rebuilding_replaces_the_site(site: Path, real_results: Path) -> None:
    stale = site / "model-stale-00000000.html"
    stale.write_text("old")
    ergon("publish", "--out", str(site), "--results", str(real_results))
    assert not stale.exists() and (site / "index.html").exists()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    playwright = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail("chromium is not installed (bash .ci/install)") if _in_ci() else pytest.skip("needs chromium")
    with playwright.sync_playwright() as p:
        # --no-sandbox: Chromium's own sandbox refuses to start as root, which CI is.
        instance = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        yield instance
        instance.close()


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def _open(browser: object, path: Path) -> tuple[object, list[str]]:
    page = browser.new_page(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"failed to load {r.url}"))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, problems


def _column(page: object, table: str, header: str) -> list[str]:
    return page.evaluate(  # type: ignore[attr-defined]
        """([table, header]) => {
            const t = document.getElementById(table);
            const col = Array.from(t.tHead.rows[0].cells).findIndex(th => th.textContent.trim().startsWith(header));
            return Array.from(t.tBodies[0].rows).filter(r => !r.hidden).map(r => r.cells[col].getAttribute("data-sort"));
        }""", [table, header])


def _sorted(values: list[str], descending: bool = False) -> list[str]:
    present = sorted((v for v in values if v), key=float, reverse=descending)
    return present + [v for v in values if not v]


@pytest.mark.parametrize("kind", ["index", "model", "task", "provenance", "scaling"])
def test_page_renders_in_chromium(site: Path, browser: object, kind: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = {"index": site / "index.html", "provenance": site / "provenance.html", "scaling": site / "scaling.html",
            "model": next(p for p in site.glob("model-*.html") if "site-model" in p.read_text()),
            "task": next(site.glob("task-builtin-dedupe-*.html"))}[kind]
    page, problems = _open(browser, path)
    images = page.evaluate("Array.from(document.images).map(i => [i.getAttribute('src'), i.complete, i.naturalWidth])")  # type: ignore[attr-defined]
    assert all(done and width > 0 for _, done, width in images), images
    if kind in ("index", "scaling"):
        assert len(images) == {"index": 3, "scaling": 1}[kind]
    keep = os.environ.get("ERGON_ARTIFACTS")  # CI may collect them from here; else pytest's (rotated) tmp dir
    shot = (Path(keep) if keep else tmp_path_factory.mktemp("screenshots")) / f"site-{kind}.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shot), full_page=True)  # type: ignore[attr-defined]
    print(f"screenshot of the {kind} page: {shot}")
    assert shot.stat().st_size > 10_000
    assert not problems, problems


def test_leaderboard_sorts_and_filters_in_chromium(site: Path, browser: object) -> None:
    page, problems = _open(browser, site / "index.html")
    before = _column(page, "leaderboard", "DPS")
    page.click("#leaderboard th:text-is('DPS')")  # type: ignore[attr-defined]
    ascending = _column(page, "leaderboard", "DPS")
    assert ascending == _sorted(before) and ascending != before
    page.click("#leaderboard th:text-is('DPS')")  # type: ignore[attr-defined]
    assert _column(page, "leaderboard", "DPS") == _sorted(before, descending=True)
    assert page.get_attribute("#leaderboard th:text-is('DPS')", "aria-sort") == "descending"  # type: ignore[attr-defined]

    total = page.locator("#leaderboard tbody tr[data-tag='']").count()  # type: ignore[attr-defined]
    page.select_option("#filter-kind", "edit")  # type: ignore[attr-defined]
    kinds = page.evaluate("Array.from(document.querySelectorAll('#leaderboard tbody tr')).filter(r => !r.hidden)"  # type: ignore[attr-defined]
                          ".map(r => r.dataset.kind)")
    assert kinds and set(kinds) == {"edit"} and len(kinds) < total
    assert page.text_content("#shown") == f"{len(kinds)} of {total} runs shown"  # type: ignore[attr-defined]
    page.select_option("#filter-kind", "")  # type: ignore[attr-defined]
    assert page.locator("#leaderboard tbody tr:visible").count() == total  # type: ignore[attr-defined]
    assert not problems, problems


def test_tag_filter_and_figure_axes_in_chromium(site: Path, browser: object, board: list[dict]) -> None:
    page, problems = _open(browser, site / "index.html")
    page.select_option("#filter-tag", "hashing")  # type: ignore[attr-defined]  (dedupe has it, word_break_count not)
    shown = page.evaluate("""Array.from(document.querySelectorAll('#leaderboard tbody tr')).filter(r => !r.hidden)
        .map(r => [r.dataset.tag, r.querySelector('code').textContent, r.cells[3].textContent, r.cells[4].dataset.sort])""")  # type: ignore[attr-defined]
    expected = {r["run_id"]: next(t for t in r["tasks"] if t["task_id"] == "dedupe")["pass_at_1"] for r in board}
    assert sorted(run for _, run, _, _ in shown) == sorted(expected)  # every run has dedupe
    for tag, run, tasks, pass_at_1 in shown:  # each run recomputed over dedupe alone
        assert tag == "hashing" and tasks == "1" and float(pass_at_1) == pytest.approx(100 * expected[run])
    assert page.text_content("#shown") == f"{len(shown)} of {len(shown)} runs shown"  # type: ignore[attr-defined]
    page.select_option("#filter-tag", "")  # type: ignore[attr-defined]
    assert {page.evaluate("r => r.dataset.tag", r) for r in page.query_selector_all("#leaderboard tbody tr:not([hidden])")} == {""}  # type: ignore[attr-defined]

    figure = "figure:has(select[data-views])"
    before = page.get_attribute(f"{figure} img", "src")  # type: ignore[attr-defined]
    page.select_option(f"{figure} select", label="tokens per solved task")  # type: ignore[attr-defined]
    page.wait_for_function("f => document.querySelector(f + ' img').complete", arg=figure)  # type: ignore[attr-defined]
    src, width = page.evaluate("f => { const i = document.querySelector(f + ' img'); return [i.getAttribute('src'), i.naturalWidth]; }", figure)  # type: ignore[attr-defined]
    assert src != before and src.endswith("-pareto-tokens.svg") and width > 0
    caption = page.text_content(f"{figure} .caption")  # type: ignore[attr-defined]
    assert "Not shown (no tokens per solved task)" in caption and "unpriced-model" not in caption  # it is on this one

    scaling, more = _open(browser, site / "scaling.html")
    scaling.select_option("figure select", "scaling-0-usd.svg")  # type: ignore[attr-defined]
    scaling.wait_for_function("() => document.querySelector('figure img').complete")  # type: ignore[attr-defined]
    assert scaling.evaluate("document.querySelector('figure img').naturalWidth") > 0  # type: ignore[attr-defined]
    assert not problems and not more, problems + more


def test_model_page_table_sorts_in_chromium(site: Path, browser: object) -> None:
    path = next(p for p in site.glob("model-*.html") if "samples:" in p.read_text())
    page, problems = _open(browser, path)
    before = _column(page, "tasks", "best instructions")
    for descending in (False, True):
        page.click("#tasks th:text-is('best instructions')")  # type: ignore[attr-defined]
        assert _column(page, "tasks", "best instructions") == _sorted(before, descending)
    assert not problems, problems


def test_bad_output_dirs_are_refused_in_one_line(real_results: Path, tmp_path: Path) -> None:
    a_file = tmp_path / "site.html"
    a_file.write_text("mine")
    full = tmp_path / "docs"
    full.mkdir()
    (full / "notes.txt").write_text("mine")
    for target, message in [(a_file, "is not a directory"), (full, "is not empty and holds no Ergon site")]:
        result = subprocess.run([sys.executable, "-m", "harness", "publish", "--out", str(target),
                                 "--results", str(real_results)], capture_output=True, text=True)
        assert result.returncode == 1 and message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert a_file.read_text() == "mine" and [p.name for p in full.iterdir()] == ["notes.txt"]
