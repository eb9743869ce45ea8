"""Self-consistency for programs: the largest cluster of behaviourally equivalent candidates.

Majority voting (Wang et al. 2023, "Self-Consistency Improves Chain of Thought Reasoning") needs
answers to compare; for code the answer is the behaviour.  Each candidate is run once, in the
sandbox, on the visible-side inputs — the visible tests' inputs and the profiling input, all
drawn by the suite for the agent to see — and its outputs (or error kinds) are its signature.
No expected output is used: the vote is among the candidates alone.  The largest cluster wins
(ties: the cluster holding the cheapest candidate), and within it the candidate with the fewest
instructions on the profiling input (candidates without a count last).
"""

from __future__ import annotations

import json
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from typing import Sequence

from agents.graph import Tools
from agents.scaling.pool import Candidate, Pool
from harness.languages.python.evaluate import outputs
from harness.providers import SampleRequest
from tasks.schema import TestCase

NAME = "self-consistency"


def cost(c: Candidate) -> tuple[float, int]:
    return (c.instructions if c.instructions is not None else float("inf")), c.number


class SelfConsistency:
    name = NAME
    verifications = 0

    def gather(self, tools: Tools, pool: Pool, req: SampleRequest) -> None:
        view = tools.view(pool.task_id)  # visible tests + the profiling input in the counted place
        inputs = [t.args for t in view.tests] + [view.perf_args]
        probe = view.model_copy(update={
            "tests": tuple(TestCase(args=a, expected=None, label=f"input-{i}") for i, a in enumerate(inputs)),
            "perf_args": view.tests[0].args, "perf_expected": None})

        def sign(c: Candidate) -> None:
            assert c.code is not None
            failed, outs = outputs(probe, c.code, tools.check)
            if failed is not None:
                c.signature = f"run failed: {failed.verdict}"
            else:
                c.signature = json.dumps([o.get("output") if "error" not in o else {"error": o.get("kind")} for o in outs],
                                         sort_keys=True, default=repr)

        todo = [c for c in pool.candidates if c.code is not None and c.signature is None]
        with ThreadPoolExecutor(max_workers=max(1, min(4, len(todo)))) as ex:
            list(ex.map(sign, todo))

    def choose(self, pool: Pool, members: Sequence[int]) -> int | None:
        clusters: dict[str, list[int]] = defaultdict(list)
        for i in members:
            c = pool.candidates[i]
            if c.code is not None and c.signature is not None:
                clusters[c.signature].append(i)
        if not clusters:
            return None

        def cheapest(group: list[int]) -> int:
            return min(group, key=lambda i: cost(pool.candidates[i]))

        best = min(clusters.values(), key=lambda g: (-len(g), cost(pool.candidates[cheapest(g)])))
        return cheapest(best)
