"""Prompt templates as data files."""

from __future__ import annotations

import pytest

from harness.endpoints.prompts import load_template as load_for_language, template_names
from harness.languages import languages

PYTHON = languages.get("python")


def load_template(name: str):
    return load_for_language(PYTHON, name)
from harness.endpoints.scripted_server import toy_task
from harness.providers import ModelSpecError


def test_shipped_templates():
    assert {"default", "plain"} <= set(template_names(PYTHON))
    assert "default" in template_names(languages.get("asm"))
    for name in template_names(PYTHON):
        assert load_template(name).description


def test_chat_generate():
    rendered = load_template("default").render(toy_task(), "generate", "chat")
    system, user = rendered.messages
    assert system["role"] == "system" and "fast" in system["content"]
    assert user["content"].startswith("Write f(x) returning x.") and "`f`" in user["content"]


def test_chat_edit_includes_the_slow_program():
    task = toy_task()
    [_, user] = load_template("default").render(task, "edit", "chat").messages
    assert task.slow_program.strip() in user["content"]


def test_system_prompt_override():
    rendered = load_template("default").render(toy_task(), "generate", "chat", system_prompt="Be brief.")
    assert rendered.messages[0] == {"role": "system", "content": "Be brief."}
    assert len(load_template("default").render(toy_task(), "generate", "chat", system_prompt="").messages) == 1


def test_base_style():
    rendered = load_template("default").render(toy_task(), "edit", "base")
    assert rendered.prompt.endswith("```python\n") and not rendered.messages
    assert rendered.response_prefix == "```python\n" and rendered.stop == ("\n```",)


def test_plain_does_not_ask_for_speed():
    [system, user] = load_template("plain").render(toy_task(), "generate", "chat").messages
    assert "fast" not in (system["content"] + user["content"]).lower()


def _write(tmp_path, user: str):
    path = tmp_path / "mine.toml"
    sections = "\n".join(f'[chat.{k}]\nuser = "{user}"\n[base.{k}]\nprompt = "$prompt"\n' for k in ("generate", "edit"))
    path.write_text(sections)
    return path


def test_custom_template_by_path(tmp_path):
    template = load_template(str(_write(tmp_path, "Solve: $prompt ($entry_point) costs $$0 {braces}")))
    [user] = template.render(toy_task(), "generate", "chat").messages
    assert user["content"] == "Solve: Write f(x) returning x. (f) costs $0 {braces}"


def test_stop_as_one_string(tmp_path):
    # As in the API, a string is one stop sequence, not one per character (which would stop at "\n").
    path = tmp_path / "stop.toml"
    path.write_text("".join(f'[chat.{k}]\nuser = "$prompt"\n[base.{k}]\nprompt = "$prompt"\nstop = "\\n```"\n' for k in ("generate", "edit")))
    assert load_template(str(path)).render(toy_task(), "generate", "base").stop == ("\n```",)


@pytest.mark.parametrize("line", ["stop = [1]", "stop = 3", "response_prefix = 1"])
def test_malformed_base_extras(tmp_path, line):
    path = tmp_path / "bad.toml"
    path.write_text("".join(f'[chat.{k}]\nuser = "$prompt"\n[base.{k}]\nprompt = "$prompt"\n{line}\n' for k in ("generate", "edit")))
    with pytest.raises(ModelSpecError, match=line.split()[0]):
        load_template(str(path))


def test_unknown_placeholder(tmp_path):
    with pytest.raises(ModelSpecError, match="unknown placeholder"):
        load_template(str(_write(tmp_path, "$task")))


def test_unknown_name():
    with pytest.raises(ModelSpecError, match="no python prompt template 'nope'.*default"):
        load_template("nope")
