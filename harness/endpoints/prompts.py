"""Prompt templates per task kind (``generate``, ``edit``) and model style (``chat``, ``base``).

A template is a TOML file among the task language's templates (``harness/languages/<lang>/prompts/``)
chosen by name (``default``, ``plain``), or any TOML file by path.  Texts use ``$name`` placeholders (``string.Template``, so code in a
template needs no brace escaping): ``$prompt`` (the task statement), ``$entry_point``,
``$program`` (the slow program, for ``edit``) and ``$language``.  Layout::

    description = "…"
    [chat]
    system = "…"               # overridden by the system_prompt option
    [chat.generate]
    user = "…"
    [chat.edit]
    user = "…"
    [base.generate]            # for completion APIs
    prompt = "…"
    response_prefix = "```python\\n"   # what the prompt already opened, put back before extraction
    stop = ["\\n```"]
    [base.edit]
    …
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Any

from harness.languages import Language
from harness.providers import ModelSpecError
from tasks.schema import Task

PLACEHOLDERS = {"prompt", "entry_point", "program", "language"}
KINDS = ("generate", "edit")


@dataclass(frozen=True)
class RenderedPrompt:
    messages: tuple[dict[str, str], ...] = ()
    prompt: str = ""
    response_prefix: str = ""
    stop: tuple[str, ...] = ()


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    description: str
    data: dict[str, Any]

    def render(self, task: Task, kind: str, style: str, system_prompt: str | None = None) -> RenderedPrompt:
        """The prompt for ``task`` posed as ``kind`` to a ``chat`` or ``base`` model."""
        values = {
            "prompt": task.prompt.strip(),
            "entry_point": task.entry_point,
            "program": task.slow_program.strip() if kind == "edit" else "",
            "language": task.language,
        }
        section = self.data[style][kind]
        if style == "chat":
            system = system_prompt if system_prompt is not None else self.data["chat"].get("system")
            user = Template(section["user"]).substitute(values)
            messages = ({"role": "system", "content": system},) if system else ()
            return RenderedPrompt(messages=messages + ({"role": "user", "content": user},))
        stop = section.get("stop", ())
        return RenderedPrompt(
            prompt=Template(section["prompt"]).substitute(values),
            response_prefix=section.get("response_prefix", ""),
            stop=(stop,) if isinstance(stop, str) else tuple(stop),  # a string is one sequence, as in the API
        )


def template_names(language: Language) -> list[str]:
    return sorted(p.name.removesuffix(".toml") for p in language.prompts.iterdir() if p.name.endswith(".toml"))


def load_template(language: Language, name: str) -> PromptTemplate:
    """One of ``language``'s shipped templates by name, or a TOML file by path."""
    if name.endswith(".toml") or "/" in name:
        path = Path(name)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ModelSpecError(f"cannot read prompt template {path}: {exc.strerror}") from None
    else:
        source = language.prompts / f"{name}.toml"
        if not source.is_file():
            raise ModelSpecError(f"no {language.name} prompt template {name!r} (shipped: "
                                 f"{', '.join(template_names(language))}; or give a .toml path)")
        text = source.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ModelSpecError(f"prompt template {name}: not valid TOML ({exc})") from None
    _check(name, data)
    return PromptTemplate(name, data.get("description", ""), data)


def _check(name: str, data: dict[str, Any]) -> None:
    for style, field in (("chat", "user"), ("base", "prompt")):
        for kind in KINDS:
            text = data.get(style, {}).get(kind, {}).get(field)
            if not isinstance(text, str):
                raise ModelSpecError(f"prompt template {name}: [{style}.{kind}] needs a string {field!r}")
            template = Template(text)
            if not template.is_valid():
                raise ModelSpecError(f"prompt template {name}: [{style}.{kind}] has a malformed $placeholder (write $$ for a dollar)")
            unknown = set(template.get_identifiers()) - PLACEHOLDERS
            if unknown:
                raise ModelSpecError(f"prompt template {name}: [{style}.{kind}] uses unknown placeholder(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(PLACEHOLDERS))})")
    for kind in KINDS:
        section = data["base"][kind]
        stop = section.get("stop", [])
        if not isinstance(stop, str) and not (isinstance(stop, list) and all(isinstance(s, str) for s in stop)):
            raise ModelSpecError(f"prompt template {name}: [base.{kind}] stop must be a string or a list of strings")
        if not isinstance(section.get("response_prefix", ""), str):
            raise ModelSpecError(f"prompt template {name}: [base.{kind}] response_prefix must be a string")
