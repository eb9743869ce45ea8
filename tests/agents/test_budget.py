"""Agent budgets: parsing (``--budget``), the spec's iterations, and when a round may not start."""

from __future__ import annotations

import pytest

from agents.budget import Budget
from harness.cli.run import parse_budget
from harness.providers import ModelSpecError, make_model


def test_budget_text_becomes_limits() -> None:
    extra = parse_budget("iterations=4, tokens=40000,width=2")
    assert extra == {"iterations": 4, "tokens": 40000, "width": 2}
    extra.pop("iterations")
    budget = Budget.from_spec(4, extra)
    assert (budget.iterations, budget.tokens, budget.width, budget.patience) == (4, 40000, 2, None)


@pytest.mark.parametrize(("text", "message"), [
    ("iterations", "NAME=NUMBER"), ("tokens=-3", "NAME=NUMBER"), ("tokens=lots", "NAME=NUMBER"),
])
def test_malformed_budget_text_is_refused(text: str, message: str) -> None:
    with pytest.raises(ModelSpecError, match=message):
        parse_budget(text)


@pytest.mark.parametrize(("extra", "message"), [
    ({"minutes": 5}, "unknown budget key"), ({"seconds": 0}, "seconds=0"), ({"width": 0}, "width=0"), ({"tokens": 2.5}, "tokens=2.5"),
])
def test_unknown_or_fractional_budget_keys_are_refused(extra: dict[str, float], message: str) -> None:
    with pytest.raises(ModelSpecError, match=message):
        Budget.from_spec(4, extra)


def test_a_round_starts_only_with_iterations_and_tokens_left() -> None:
    budget = Budget(iterations=3, tokens=1000, width=2)
    assert budget.exhausted(rounds=2, tokens=100, usd=None, next_prompt_tokens=200) is None
    assert budget.completion_cap(tokens=100, prompt_tokens=200) == 250  # (1000 - 100 - 2·200) / 2
    assert "3 of 3 iterations" in budget.exhausted(rounds=3, tokens=0, usd=None, next_prompt_tokens=1)
    assert "tokens" in budget.exhausted(rounds=1, tokens=700, usd=None, next_prompt_tokens=150)
    assert Budget(iterations=9, usd=0.01).exhausted(rounds=1, tokens=0, usd=0.02, next_prompt_tokens=1).startswith("budget: $")


def test_an_agent_spec_names_a_registered_agent_and_a_positive_iteration_count() -> None:
    import agents.optimize  # noqa: F401  (registers the agent, as the ergon.agents entry point does)

    with pytest.raises(ModelSpecError, match="unknown agent 'nosuch'"):
        make_model("reference:fastest+nosuch@4")
    with pytest.raises(ModelSpecError, match="at least 1 iteration"):
        make_model("reference:fastest+optimize@0")
    with pytest.raises(ModelSpecError, match="needs a model it can converse with"):
        make_model("reference:fastest+optimize@2")


def test_a_round_starts_only_if_one_as_long_as_the_last_fits_the_wall_time_budget() -> None:
    budget = Budget.from_spec(9, parse_budget("seconds=60"))
    assert budget.exhausted(rounds=2, tokens=0, usd=None, next_prompt_tokens=1, seconds=30.0, last_round_s=20.0) is None
    why = budget.exhausted(rounds=2, tokens=0, usd=None, next_prompt_tokens=1, seconds=45.0, last_round_s=20.0)
    assert why == "budget: 45.0 of 60 s used, too little for another round (the last took 20.0 s)"


def test_the_next_prompt_is_estimated_from_the_tokens_the_server_billed_for_earlier_ones() -> None:
    from agents.graph import prompt_estimate
    from agents.state import Candidate

    def sent(prompt_tokens: int, prompt_chars: int) -> Candidate:
        return Candidate(id="1", parent=None, kind="draft", round=1, code=None, raw="", verdict="pass", detail="",
                         instructions=None, prompt_tokens=prompt_tokens, completion_tokens=5, cost_usd=None,
                         eflops=None, prompt_chars=prompt_chars)

    assert prompt_estimate({}, 1000) == 250  # nothing sent yet: ⌈characters / 4⌉
    assert prompt_estimate({"1": sent(100, 1000)}, 3000) == 300  # this server bills a token per 10 characters
    assert prompt_estimate({"1": sent(250, 1000)}, 1001) == 251  # a server without usage was billed the estimate
    old = sent(100, 0)
    del old["prompt_chars"]  # a candidate checkpointed before prompts were measured
    assert prompt_estimate({"1": old}, 400) == 100
