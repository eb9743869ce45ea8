"""Suites are found through the registry; malformed ones are reported, not half-loaded."""

from __future__ import annotations

import pytest

from tasks.registry import SuiteError, UnknownName, find_task, load_suite, suite, suites


def test_builtin_suites_are_discovered_through_entry_points() -> None:
    assert {"builtin", "isa"} <= set(suites.names())
    assert find_task("dedupe").suite == "builtin"


def test_a_third_party_suite_registers_with_the_decorator(monkeypatch) -> None:
    monkeypatch.setattr(suites, "_items", dict(suites._items))
    dedupe = find_task("dedupe")

    @suite("extra")
    def extra():
        return [dedupe.model_copy(update={"suite": "extra", "id": "extra/dedupe"})]

    assert [t.id for t in load_suite("extra")] == ["extra/dedupe"]


def test_duplicate_ids_and_unknown_suites_are_errors(monkeypatch) -> None:
    monkeypatch.setattr(suites, "_items", dict(suites._items))
    dedupe = find_task("dedupe")
    suite("twice")(lambda: [dedupe, dedupe])
    with pytest.raises(SuiteError, match="duplicate task ids: dedupe"):
        load_suite("twice")
    with pytest.raises(UnknownName, match="unknown suite 'nope' \\(known: .*builtin"):
        load_suite("nope")


def test_one_registry_serves_every_kind() -> None:
    """Suites, languages, model schemes and commands are the same Registry, each found through its group."""
    from harness.cli._common import commands
    from harness.languages import languages
    from harness.providers import providers

    assert {"python", "asm"} <= set(languages.names())
    assert {"openai", "reference", "samples"} <= set(providers.names())
    assert {"run", "leaderboard"} <= set(commands.names())
    with pytest.raises(UnknownName, match="unknown language 'cobol'"):
        languages.get("cobol")


def test_a_data_suite_without_data_names_what_to_pass_and_breaks_nothing_else(monkeypatch) -> None:
    from tasks.registry import SuiteData, SuiteDataMissing, open_suite, self_contained

    monkeypatch.setattr(suites, "_items", dict(suites._items))
    calls = []

    @suite("needsdata", source=True, source_help="PATH to a clone of someone/data")
    def needsdata(source: str) -> SuiteData:
        calls.append(source)
        raise AssertionError("never read without a source")

    with pytest.raises(SuiteDataMissing, match="suite 'needsdata' needs its data: pass --suite-source PATH to a clone"):
        load_suite("needsdata")
    assert not self_contained("needsdata") and self_contained("builtin")
    assert find_task("dedupe").suite == "builtin"  # finding a built-in task never reads a data suite
    with pytest.raises(UnknownName, match="--suite NAME"):
        find_task("nope")
    assert calls == []
    with pytest.raises(SuiteError, match="ships its own tasks: --suite-source applies only to data suites"):
        open_suite("builtin", source="/tmp/x")


def test_a_data_suite_gets_its_source_and_reports_provenance_and_skips(monkeypatch) -> None:
    from tasks.registry import SuiteData, open_suite

    monkeypatch.setattr(suites, "_items", dict(suites._items))
    dedupe = find_task("dedupe")

    @suite("withdata", default_source="owner/default")
    def withdata(source: str) -> SuiteData:
        task = dedupe.model_copy(update={"suite": "withdata", "id": f"withdata/{source.replace(':', '-')}"})
        return SuiteData([task], {"source": source}, {"row-7": "needs a GPU", "row-9": "needs a GPU"})

    default = open_suite("withdata")
    assert [t.id for t in default.tasks] == ["withdata/owner/default"] and default.provenance == {"source": "owner/default"}
    assert default.summary() == {"rows": 3, "tasks": 1, "needs a GPU": 2}
    assert [t.id for t in load_suite("withdata", source="local")] == ["withdata/local"]
    assert find_task("withdata/local", suite="withdata", source="local").suite == "withdata"
