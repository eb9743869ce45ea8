"""Getting an assembly file out of a model's reply.

The translation is a whole GNU assembler file.  The rules, in order:

1. ``<think>…</think>`` reasoning is dropped.
2. With fenced blocks: take the *last* block that defines the entry label (a model's final
   answer comes last); if none does, the last block tagged as assembly.
3. Without fences: the whole reply, if it defines the entry label.
4. The file must define the entry point as a label (``name:``), else ``no-entry-point``; a
   reply with no code at all is ``no-code``.
"""

from __future__ import annotations

import re

from harness.languages import Extraction
from harness.languages.fences import answer_text, code_blocks
from tasks.results import Verdict

ASM_TAGS = {"asm", "s", "gas", "assembly", "armasm", "arm", "aarch64", "arm64", "riscv", "riscv64", "rv64", "nasm", "x86asm"}


def defines_label(code: str, name: str) -> bool:
    # [ \t]*, not \s*: \s would run across line ends, and a long run of blank lines would be
    # rescanned from every line start (quadratic).
    return re.search(rf"^[ \t]*{re.escape(name)}[ \t]*:", code, re.MULTILINE) is not None


def extract_asm(reply: str, entry_point: str, response_prefix: str = "") -> Extraction:
    text = answer_text(reply, response_prefix)
    if not text.strip():
        return Extraction(None, Verdict.NO_CODE, "the reply is empty")
    blocks = code_blocks(text)
    if blocks:
        defining = [b for b in blocks if defines_label(b.code, entry_point)]
        tagged = [b for b in blocks if b.tag in ASM_TAGS]
        code = (defining or tagged or blocks)[-1].code
    else:
        code = text.strip() + "\n"
    if not defines_label(code, entry_point):
        if not blocks:
            return Extraction(None, Verdict.NO_CODE, "the reply has no code block and no assembly defining the entry point")
        return Extraction(None, Verdict.NO_ENTRY_POINT, f"the reply's assembly does not define the label `{entry_point}:`")
    return Extraction(code)
