"""``dedupe`` at a bound small enough for agent tests (counting under callgrind costs per call)."""

from tasks.builtin.dedupe import *  # noqa: F403  (the same statement, shapes and references)

MAX_N = 300
PROMPT = """
Write a Python function `dedupe(xs: list[int]) -> list[int]` that returns the elements of `xs`
with duplicates removed, keeping the first occurrence of each value and the original order.
`xs` may hold up to 300 integers, each between -10^9 and 10^9. Do not modify `xs`.
"""
