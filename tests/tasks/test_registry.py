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
