"""Getting a whole program out of a model's reply.

1. ``<think>…</think>`` reasoning is dropped.
2. With fenced blocks: the *last* block tagged as the language (a model's final answer comes last),
   else the last block that looks like a program (defines ``main`` in C and C++), else the last block.
3. Without fences: the whole reply.
4. A C or C++ program must define ``main``, else ``no-entry-point``; a Python program is taken as
   it is (its top level is the program).  A reply with no code at all is ``no-code``.
"""

from __future__ import annotations

import re

from harness.languages import Extraction
from harness.languages.fences import answer_text, code_blocks
from tasks.results import Verdict

TAGS = {
    "cpp": {"cpp", "c++", "cxx", "cc", "hpp"},
    "c": {"c", "h"},
    "python-program": {"python", "py", "python3", "py3"},
}
_MAIN = re.compile(r"\bmain\s*\(")


def extract_program(language: str, reply: str, response_prefix: str = "") -> Extraction:
    text = answer_text(reply, response_prefix)
    if not text.strip():
        return Extraction(None, Verdict.NO_CODE, "the reply is empty")
    blocks = code_blocks(text)
    native = language in ("c", "cpp")
    if blocks:
        tagged = [b for b in blocks if b.tag in TAGS[language]]
        with_main = [b for b in blocks if native and _MAIN.search(b.code)]
        code = (tagged or with_main or blocks)[-1].code
    else:
        code = text.strip() + "\n"
    if native and not _MAIN.search(code):
        if not blocks:
            return Extraction(None, Verdict.NO_CODE, "the reply has no code block and no program defining main")
        return Extraction(None, Verdict.NO_ENTRY_POINT, "the reply's program does not define main")
    return Extraction(code)
