"""Fenced blocks are where every language finds a model's code: a wrong block means a wrong candidate."""

from __future__ import annotations

from harness.languages.fences import Block, answer_text, code_blocks, fenced_blocks


def test_a_shorter_fence_does_not_close_a_longer_one() -> None:
    text = "````markdown\nUse:\n```python\nx = 1\n```\ndone\n````\nafter"
    assert fenced_blocks(text) == [Block("markdown", "Use:\n```python\nx = 1\n```\ndone\n")]


def test_a_longer_fence_closes_a_shorter_one() -> None:
    assert fenced_blocks("```py\nx = 1\n`````\ny") == [Block("py", "x = 1\n")]


def test_only_the_same_fence_character_closes() -> None:
    assert fenced_blocks("~~~\na\n```\nb\n~~~") == [Block("", "a\n```\nb\n")]
    assert fenced_blocks("```\na\n~~~\nb\n```") == [Block("", "a\n~~~\nb\n")]


def test_a_fence_with_an_info_string_does_not_close() -> None:
    assert fenced_blocks("```\na\n```python\nb\n```") == [Block("", "a\n```python\nb\n")]


def test_backticks_in_the_info_string_make_no_fence() -> None:
    assert fenced_blocks("``` a`b\nx\n```py\ny\n```") == [Block("py", "y\n")]
    assert fenced_blocks("~~~ a`b\nx\n~~~") == [Block("a`b", "x\n")]


def test_indentation_up_to_three_spaces() -> None:
    assert fenced_blocks("   ```c\nx\n   ```") == [Block("c", "x\n")]
    assert fenced_blocks("    ```c\nx\n    ```") == []


def test_an_open_fence_runs_to_the_end() -> None:
    assert fenced_blocks("```python\ndef f():\n    return 1") == [Block("python", "def f():\n    return 1\n")]
    assert fenced_blocks("```a\n1\n```\n```b\n2") == [Block("a", "1\n"), Block("b", "2\n")]


def test_tags_are_the_first_word_lower_cased() -> None:
    tags = [b.tag for b in fenced_blocks("```Python3 title=x\n1\n```\n``` {.rust}\n2\n```\n```\n3\n```")]
    assert tags == ["python3", "rust", ""]


def test_several_blocks_in_order_with_blank_edges_trimmed() -> None:
    text = "intro\n```a\n\n1\n\n```\nmiddle\n~~~~b\n2\n~~~~\nend"
    assert fenced_blocks(text) == [Block("a", "1\n"), Block("b", "2\n")]


def test_reasoning_is_dropped_whatever_its_case_and_length() -> None:
    assert answer_text("<think>a\nb\n</think>answer") == "answer"
    assert answer_text("<THINK>a\nb</Think>answer") == "answer"
    assert answer_text("<think>1</think>x<think>2</think>y") == "xy"  # not greedy: text between survives
    assert answer_text("no reasoning") == "no reasoning"


def test_the_prompts_open_fence_is_put_back_unless_the_reply_opens_its_own() -> None:
    prefix = "Complete this:\n```python\n"
    assert code_blocks(answer_text("x = 1\n```\n", prefix)) == [Block("python", "x = 1\n")]
    assert code_blocks(answer_text("  ~~~c\ny\n~~~", prefix)) == [Block("c", "y\n")]
    assert code_blocks(answer_text("<think>```py\nz\n```</think>", "")) == []
    assert code_blocks("```\n\n```\n```py\nw\n```") == [Block("py", "w\n")]  # an empty block is no candidate
