"""Suites are found through the registry; malformed ones are reported, not half-loaded."""

from __future__ import annotations

import pytest

from harness import registry
from harness.registry import SuiteError, UnknownSuite, find_task, load_suite, suite, suite_names


def test_builtin_suites_are_discovered_through_entry_points() -> None:
    assert {"builtin", "isa"} <= set(suite_names())
    assert find_task("dedupe").suite == "builtin"


def test_a_third_party_suite_registers_with_the_decorator(monkeypatch) -> None:
    monkeypatch.setattr(registry, "_SUITES", dict(registry._SUITES))
    dedupe = find_task("dedupe")

    @suite("extra")
    def extra():
        return [dedupe.model_copy(update={"suite": "extra", "id": "extra/dedupe"})]

    assert [t.id for t in load_suite("extra")] == ["extra/dedupe"]


def test_duplicate_ids_and_unknown_suites_are_errors(monkeypatch) -> None:
    monkeypatch.setattr(registry, "_SUITES", dict(registry._SUITES))
    dedupe = find_task("dedupe")
    suite("twice")(lambda: [dedupe, dedupe])
    with pytest.raises(SuiteError, match="duplicate task ids: dedupe"):
        load_suite("twice")
    with pytest.raises(UnknownSuite, match="unknown suite 'nope'"):
        load_suite("nope")
