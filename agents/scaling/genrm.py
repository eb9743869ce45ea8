"""Generative verification (GenRM): the model judges each candidate ``V`` times, yes or no.

After Zhang et al. 2024 ("Generative Verifiers: Reward Modeling as Next-Token Prediction") as
compared with self-consistency by Singhi et al. 2025 ("When To Solve, When To Verify"): a
candidate's score is the mean of its ``V`` verdicts, and the highest-scoring candidate is chosen
(ties: the earlier one).  The verifier sees the task's prompt, its *visible* tests and the
candidate's code — what an agent may see — and nothing it could learn from running the code.
"""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Sequence

from agents.graph import Tools
from agents.scaling.pool import VERIFY_KEYS, KEY_STRIDE, Call, Candidate, Pool
from agents.scaling.strategy import first_ranked
from harness.providers import ModelSpecError, SampleRequest
from tasks.schema import Task

NAME = "genrm"
MAX_VERIFICATIONS = 99
SHOWN_CHARS = 300
_ANSWER = re.compile(r"\b(yes|no)\b", re.IGNORECASE)


def question(view: Task, code: str) -> list[dict[str, str]]:
    """The verification request: the prompt, the visible tests (``view`` holds no other) and the code."""
    tests = "\n".join(f"- {view.entry_point}(*{json.dumps(t.args)[:SHOWN_CHARS]}) == {json.dumps(t.expected)[:SHOWN_CHARS]}"
                      for t in view.tests)
    return [{"role": "system", "content": "You review programs for correctness and efficiency."},
            {"role": "user", "content": f"Task:\n{view.prompt.strip()}\n\nTests it must pass:\n{tests}\n\n"
                                        f"Candidate:\n```{view.language}\n{code}\n```\n\nIs this candidate correct on "
                                        "every valid input, and efficient? Answer with one word: yes or no."}]


def verdict(reply: str | None) -> bool:
    """The first yes/no word of the reply; anything else (no reply, no answer) counts as no."""
    found = _ANSWER.search(reply or "")
    return found is not None and found.group(1).lower() == "yes"


def score(c: Candidate) -> float:
    return sum(c.verifications) / len(c.verifications) if c.verifications else 0.0


class GenRM:
    name = NAME

    def __init__(self, verifications: int = 1) -> None:
        if not 1 <= verifications <= MAX_VERIFICATIONS:
            raise ModelSpecError(f"{NAME}: verifications={verifications} must be between 1 and {MAX_VERIFICATIONS}")
        self.verifications = verifications

    def gather(self, tools: Tools, pool: Pool, req: SampleRequest) -> None:
        view = tools.view(pool.task_id)
        task = tools.tasks[pool.task_id]

        def judge(c: Candidate) -> None:
            assert c.code is not None
            messages = question(view, c.code)
            for j in range(len(c.verifications), self.verifications):
                key = pool.index * KEY_STRIDE + VERIFY_KEYS + c.number * (MAX_VERIFICATIONS + 1) + j
                reply = tools.model.converse(task, messages, key=key)
                c.verifications.append(verdict(reply.raw))
                c.verify_calls.append(Call.of(reply.usage))

        with ThreadPoolExecutor(max_workers=4) as ex:
            list(ex.map(judge, [c for c in pool.candidates if c.code is not None]))

    def rank(self, pool: Pool) -> list[int]:
        return sorted(range(len(pool.candidates)),
                      key=lambda i: (pool.candidates[i].code is None, -score(pool.candidates[i]), i))

    def choose(self, pool: Pool, members: Sequence[int]) -> int | None:
        return first_ranked(self.rank(pool), pool, members)
