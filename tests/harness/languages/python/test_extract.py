"""Code extraction from replies of every shape."""

from __future__ import annotations

import pytest

from tasks.results import Verdict

from harness.languages.python.extract import defines, extract_code

F = "def f(x):\n    return x\n"


@pytest.mark.parametrize(
    "reply",
    [
        f"Here is the solution:\n```python\n{F}```\nIt runs in O(1).",
        f"```py\n{F}```",
        f"```Python3\n{F}```",
        f"```\n{F}```",
        f"~~~python\n{F}~~~",
        f'```python title="solution.py"\n{F}```',
        f"  ```python\n{F}  ```",
    ],
)
def test_one_block_any_tag(reply):
    assert extract_code(reply, "f").code == F


def test_last_block_defining_the_entry_point_wins():
    reply = f"Original:\n```python\ndef f(x):\n    return slow(x)\n```\nFaster:\n```python\n{F}```"
    assert extract_code(reply, "f").code == F


def test_block_without_the_entry_point_is_skipped():
    reply = f"```python\n{F}```\nUsage:\n```python\nprint(f(3))\nprint(f(4))\nprint(f(5))\n```"
    assert extract_code(reply, "f").code == F


def test_helpers_from_other_blocks_are_kept():
    reply = "First a helper:\n```python\ndef helper(x):\n    return x\n```\nThen:\n```python\ndef f(x):\n    return helper(x)\n```"
    assert extract_code(reply, "f").code == "def helper(x):\n    return x\n\n\ndef f(x):\n    return helper(x)\n"


def test_non_python_tag_defining_the_entry_point():
    assert extract_code(f"```text\n{F}```", "f").code == F


def test_longer_fence_holds_inner_fences():
    reply = '````python\ndef f(x):\n    """```not a fence```"""\n    return x\n````'
    assert extract_code(reply, "f").code == 'def f(x):\n    """```not a fence```"""\n    return x\n'


def test_no_fences_prose_around():
    reply = f"Sure! The idea is to return x.\n\n{F}\nThis is optimal because it does nothing."
    assert extract_code(reply, "f").code == F


def test_no_fences_with_imports():
    reply = f"import math\n\n{F}"
    assert extract_code(reply, "f").code == "import math\n\n" + F


def test_truncated_reply_with_unterminated_fence():
    reply = "```python\ndef f(x):\n    total = 0\n    for i in range("
    result = extract_code(reply, "f")
    assert result.code == "def f(x):\n    total = 0\n    for i in range(\n" and result.verdict is None


def test_no_entry_point():
    result = extract_code("```python\ndef g(x):\n    return x\n```", "f")
    assert result.code is None
    assert (result.verdict, result.detail) == (Verdict.NO_ENTRY_POINT, "the reply's code does not define `f` at module level")


def test_nested_definition_is_not_the_entry_point():
    assert extract_code("```python\nclass A:\n    def f(self):\n        pass\n```", "f").verdict == Verdict.NO_ENTRY_POINT


@pytest.mark.parametrize("reply", ["", "   \n", "I cannot help with that.", "Use a hash set; it is O(n)."])
def test_no_code(reply):
    result = extract_code(reply, "f")
    assert result.code is None and result.verdict == Verdict.NO_CODE


@pytest.mark.parametrize("fenced", [True, False])
def test_code_too_deep_for_the_parser_does_not_raise(fenced):
    code = "def f(x):\n    return " + "-" * 100_000 + "x\n"  # the parser gives up with MemoryError
    reply = f"```python\n{code}```" if fenced else code
    assert extract_code(reply, "f").code == code


def test_thinking_is_dropped():
    reply = "<think>Maybe\n```python\ndef f(x):\n    return x * 1\n```\nno, simpler.</think>\n" + f"```python\n{F}```"
    assert extract_code(reply, "f").code == F


def test_response_prefix_from_a_base_prompt():
    assert extract_code(f"{F}```\nThat is all.", "f", response_prefix="```python\n").code == F


def test_response_prefix_not_doubled_when_the_reply_opens_a_fence():
    assert extract_code(f"```python\n{F}```", "f", response_prefix="```python\n").code == F


@pytest.mark.parametrize(
    "code",
    [
        "def f(x): return x",
        "async def f(x): return x",
        "class f: pass",
        "import functools\ndef _f(x): return x\nf = functools.cache(_f)",
        "from operator import pos as f",
        "try:\n    from fast import f\nexcept ImportError:\n    def f(x): return x",
        "def f(x):\n    return (x",  # does not parse: found by pattern
        "f: int = 3",
        "if True:\n    def f(x): return x",
        "if False:\n    pass\nelse:\n    f = len",
        "try:\n    pass\nfinally:\n    f = len",
        "with open('x') as fh:\n    f = fh.read",
        "import os.path as f",
        "import f.path",
        "try:\n    import fast\nexcept ImportError:\n    def f(x): return x",
        "f += 1",
    ],
)
def test_defines(code):
    assert defines(code, "f")


@pytest.mark.parametrize("code", ["def ff(x): pass", "g = f", "f == 3", "print(f)", "import os.f", "from f import g"])
def test_does_not_define(code):
    assert not defines(code, "f")


def test_code_only_in_the_reasoning_is_no_code():
    reply = "<think>Maybe\n```python\ndef f(x):\n    return x * 1\n```\nno.</think>\nI cannot solve this."
    assert extract_code(reply, "f").verdict == Verdict.NO_CODE


def test_helpers_are_not_taken_from_the_reasoning():
    reply = ("<think>\n```python\ndef helper(x):\n    return -x\n```\n</think>\n"
             "```python\ndef f(x):\n    return helper(x)\n```")
    assert extract_code(reply, "f").code == "def f(x):\n    return helper(x)\n"


def test_helpers_come_only_from_python_blocks():
    reply = "```text\nhelper = 5\n```\n```python\ndef f(x):\n    return helper\n```"
    assert extract_code(reply, "f").code == "def f(x):\n    return helper\n"


def test_an_unparsable_block_does_not_hide_the_helpers_after_it():
    reply = ("```python\ndef broken(:\n```\n```python\ndef helper(x):\n    return -x\n```\n"
             "```python\ndef f(x):\n    return helper(x)\n```")
    assert extract_code(reply, "f").code == "def helper(x):\n    return -x\n\n\ndef f(x):\n    return helper(x)\n"


def test_trailing_prose_of_any_length_is_trimmed():
    """The cut is where the parser first stumbles, found in a bounded number of parses, however long the prose."""
    assert extract_code(F + "This is prose.\n" * 199, "f").code == F
    assert extract_code(F + "This is prose.\n" * 5000, "f").code == F
    assert extract_code(F + "That is all.", "f").code == F  # the line right after the code goes, and only it


@pytest.mark.parametrize(("cuts", "trimmed"), [(7, True), (8, False)])
def test_trailing_text_is_cut_seven_times_at_most(cuts: int, trimmed: bool):
    """Text built so that every cut leaves one more line that does not parse (a header without a body,
    nested one deeper each line) is not cut line by line: after seven cuts the code is kept whole."""
    tail = "".join(" " * depth + "if x:\n" for depth in range(cuts))
    assert extract_code(F + tail, "f").code == (F if trimmed else F + tail)




def test_blocks_in_other_languages_only_are_no_entry_point():
    extraction = extract_code("Install it first:\n```bash\npip install numpy\n```\n", "f")
    assert (extraction.code, extraction.verdict) == (None, Verdict.NO_ENTRY_POINT)


def test_trailing_text_too_deep_for_the_parser_is_trimmed_like_prose():
    """The parser gives up on the last line with MemoryError, not a SyntaxError with a line number: that line goes."""
    assert extract_code(F + "y = " + "-" * 100_000 + "x\n", "f").code == F


def test_a_one_line_definition_before_prose_is_kept():
    assert extract_code("def f(x): return x\nThat is all.", "f").code == "def f(x): return x\n"
