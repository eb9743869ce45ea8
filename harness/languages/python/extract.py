"""Getting the candidate program out of a model's reply.

Replies come in every shape: one fenced block, several (an echo of the slow program, then
the answer; helpers in one block and the function in the next), blocks tagged ``py``,
``Python3`` or nothing, prose before and after, no fences at all, or cut off mid-block when
the token budget ran out.  The rules, in order:

1. ``<think>…</think>`` reasoning is dropped.
2. With fenced blocks (``` or ~~~, any tag; an unterminated last fence runs to the end):
   take the *last* block that defines the entry point (a model's final answer comes last);
   if it uses names defined at module level by other Python blocks, those blocks are put
   in front of it.  If no block defines it, the longest Python block is the candidate.
3. Without fences: the code starts at the first top-level ``def``/``class``/``import``/
   decorator line; trailing prose is cut off where the parser first stumbles, seven times at
   most, else the code is kept whole (each parse reads the whole text, so cutting line by line
   would be quadratic: a 10 MB reply took minutes; honest prose needs one or two cuts).
4. The candidate must define the entry point at module level, else ``no-entry-point``;
   a reply with no code at all is ``no-code``.  Truncated code that defines the entry point
   is still returned: it fails its tests, which is the honest outcome.
"""

from __future__ import annotations

import ast
import builtins
import re
from harness.languages import Extraction
from harness.languages.fences import Block, answer_text, code_blocks
from tasks.results import Verdict

PYTHON_TAGS = {"", "python", "py", "python3", "py3", "ipython", "pycon"}
_CODE_START = re.compile(r"^(?:from\s+[\w.]+\s+import\b|import\s+\w|(?:async\s+)?def\s+\w|class\s+\w|@\w)")
_MAX_PARSES = 8


def extract_code(reply: str, entry_point: str, response_prefix: str = "") -> Extraction:
    """The program in ``reply`` that defines ``entry_point``, or why there is none.

    ``response_prefix`` is what the prompt already opened (a base-model prompt ending in
    a ```` ```python ```` fence); it is put back unless the reply opens a fence itself.
    """
    text = answer_text(reply, response_prefix)
    if not text.strip():
        return Extraction(None, Verdict.NO_CODE, "the reply is empty")
    blocks = code_blocks(text)
    code = _choose_block(blocks, entry_point) if blocks else _unfenced_code(text)
    if code is None:
        return Extraction(None, Verdict.NO_CODE, "the reply has no code block and no Python definition")
    if not defines(code, entry_point):
        return Extraction(None, Verdict.NO_ENTRY_POINT, f"the reply's code does not define `{entry_point}` at module level")
    return Extraction(code)


def defines(code: str, name: str) -> bool:
    """Whether ``code`` binds ``name`` at module level (``def``, ``class``, assignment, import)."""
    tree = _parse(code)
    if tree is None:
        name = re.escape(name)
        pattern = rf"^(?:(?:async\s+)?def\s+{name}\s*\(|class\s+{name}\b|{name}\s*(?::[^=\n]*)?=(?!=))"
        return re.search(pattern, code, re.MULTILINE) is not None
    return name in _module_names(tree.body)


def _parse(code: str) -> ast.Module | None:
    """The module's syntax tree, or None if it does not parse.

    Besides ``SyntaxError``, the parser raises ``ValueError`` on null bytes and
    ``MemoryError``/``RecursionError`` on deeply nested code; a reply is arbitrary text, and
    none of these may escape (the caller would fail every sample of the call, or the run).
    """
    try:
        return ast.parse(code)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None


def _choose_block(blocks: list[Block], entry_point: str) -> str:
    defining = [b for b in blocks if defines(b.code, entry_point)]
    if not defining:
        python = [b for b in blocks if b.tag in PYTHON_TAGS] or blocks
        return max(python, key=lambda b: len(b.code)).code
    chosen = defining[-1]
    helpers = [b for b in blocks if b.tag in PYTHON_TAGS and b is not chosen]
    return _with_helpers(chosen.code, [b.code for b in helpers])


def _with_helpers(code: str, others: list[str]) -> str:
    """Put in front of ``code`` the other blocks that define names it uses but does not define."""
    tree = _parse(code)
    if tree is None:
        return code
    missing = _loaded_names(tree) - _module_names(tree.body) - set(dir(builtins))
    needed = []
    for other in others:
        other_tree = _parse(other)
        if other_tree is None:
            continue
        names = _module_names(other_tree.body)
        if names & missing:
            needed.append(other)
            missing -= names
    return "\n\n".join([*needed, code]) if needed else code


def _module_names(body: list[ast.stmt]) -> set[str]:
    names: set[str] = set()
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, (ast.If, ast.Try, ast.With)):
            for part in ("body", "orelse", "finalbody"):
                names |= _module_names(getattr(node, part, []))
            for handler in getattr(node, "handlers", []):
                names |= _module_names(handler.body)
    return names


def _loaded_names(tree: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def _unfenced_code(text: str) -> str | None:
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if _CODE_START.match(line)), None)
    if start is None:
        return None
    code = lines[start:]
    end = len(code)
    for _ in range(_MAX_PARSES):
        stumble = _stumbling_line("\n".join(code[:end]), end)
        if stumble is None:
            return "\n".join(code[:end]).rstrip() + "\n"
        end = stumble - 1  # keep the lines before the one the parser stumbled on
        if end <= 0:
            break
    return "\n".join(code).rstrip() + "\n"


def _stumbling_line(code: str, lines: int) -> int | None:
    """The line (from 1) of ``code``'s ``lines`` where the parser stumbles, ``None`` if it parses.

    A syntax error names its line (never one past the text); the parser's other errors (see
    :func:`_parse`) name none, so they are put on the last line.
    """
    try:
        ast.parse(code)
    except SyntaxError as exc:
        return exc.lineno or lines
    except (ValueError, MemoryError, RecursionError):
        return lines
    return None
