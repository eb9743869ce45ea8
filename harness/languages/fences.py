"""Fenced code blocks in a model's reply, for every language's extraction.

CommonMark-style fences (``` or ~~~, any info string); a fence left open at the end runs to
the end of the text, since replies are often cut off by the token budget.  Reasoning in
``<think>…</think>`` is dropped first: it quotes code the model then rejects.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_FENCE = re.compile(r"^[ \t]{0,3}(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n]*?)[ \t]*$")
_THINK = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)


def answer_text(reply: str, response_prefix: str = "") -> str:
    """The model's whole answer: what the prompt already opened (a base-model prompt ending in an
    open fence) put back unless the reply opens a fence itself, and its reasoning dropped."""
    if not reply.lstrip().startswith(("```", "~~~")):
        reply = response_prefix + reply
    return _THINK.sub("", reply)


def code_blocks(text: str) -> list[Block]:
    """The fenced blocks of ``text`` that hold any code (an empty block is no candidate)."""
    return [b for b in fenced_blocks(text) if b.code.strip()]


class Block(NamedTuple):
    tag: str
    code: str


def fenced_blocks(text: str) -> list[Block]:
    """CommonMark-style fenced blocks; a fence left open at the end runs to the end of the text."""
    blocks: list[Block] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        # a backtick in a backtick fence's info string makes it no fence (CommonMark)
        if not opening or ("`" in opening["fence"] and "`" in opening["info"]):
            i += 1
            continue
        fence = opening["fence"]
        tag = _tag(opening["info"])
        body: list[str] = []
        i += 1
        while i < len(lines):
            closing = _FENCE.match(lines[i])
            # closed by a fence of the same character, at least as long, without an info string
            if closing and closing["fence"].startswith(fence) and not closing["info"]:
                break
            body.append(lines[i])
            i += 1
        blocks.append(Block(tag, "\n".join(body).strip("\n") + "\n"))
        i += 1
    return blocks


def _tag(info: str) -> str:
    word = info.split()[0] if info.split() else ""
    return word.strip("{}.").lower()
