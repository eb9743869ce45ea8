"""Small EvalPlus/EvalPerf datasets in the published schemas (the test code as evalplus's
``tools/*/to_original_fmt.py`` templates write it), written by the tests into temporary files."""

from __future__ import annotations

import json
from pathlib import Path

ASSERTION = '''import numpy as np

def is_floats(x) -> bool:
    return isinstance(x, float)

def assertion(out, exp, atol):
    exact_match = out == exp
    if atol == 0 and is_floats(exp):
        atol = 1e-6
    if not exact_match and atol != 0:
        assert np.allclose(out, exp, rtol=1e-07, atol=atol)
    else:
        assert exact_match
'''

HE_TEST = ASSERTION + '''
def check(candidate):
    inputs = {inputs}
    results = {results}
    for i, (inp, exp) in enumerate(zip(inputs, results)):
        assertion(candidate(*inp), exp, {atol})
'''
HE_CROSSCHECK = ASSERTION + '''
def ref_func(n):
    return [n + 2 * i for i in range(n)]

def check(candidate):
    inputs = [[1], [2]]
    for i, inp in enumerate(inputs):
        assertion(candidate(*inp), ref_func(*inp), 0)
'''
MBPP_TEST = '''import numpy as np
from math import inf

''' + ASSERTION.split("\n", 1)[1] + '''
inputs = {inputs}
results = {results}
for i, (inp, exp) in enumerate(zip(inputs, results)):
    assertion({entry_point}(*inp), exp, {atol})
'''

SUM_PROMPT = 'def total(xs: list) -> int:\n    """Sum of xs.\n    >>> total([1, 2])\n    3\n    """\n'
SUM_SLOW = "def total(xs):\n    s = 0\n    for i in range(len(xs)):\n        s = s + xs[i]\n    return s\n"
SUM_MID = "def total(xs):\n    s = 0\n    for x in xs:\n        s += x\n    return s\n"
SUM_FAST = "def total(xs):\n    return sum(xs)\n"

MEAN_PROMPT = 'def mean(xs: list) -> float:\n    """Mean of xs."""\n'


def humanevalplus_rows() -> list[dict]:
    return [
        {"task_id": "HumanEval/0", "prompt": SUM_PROMPT, "canonical_solution": "    return sum(xs)\n",
         "entry_point": "total", "test": HE_TEST.format(inputs=[[[1, 2]], [[]], [[5, -5, 7]], [list(range(50))]],
                                                        results=[3, 0, 7, sum(range(50))], atol=0)},
        {"task_id": "HumanEval/1", "prompt": MEAN_PROMPT, "canonical_solution": "    return sum(xs) / len(xs)\n",
         "entry_point": "mean", "test": HE_TEST.format(inputs=[[[1.0, 2.0]], [[3]]], results=[1.5, 3.0], atol=0)},
        {"task_id": "HumanEval/2", "prompt": "def tri(n):\n    pass\n", "canonical_solution": "    return []\n",
         "entry_point": "tri", "test": HE_CROSSCHECK},
    ]


def mbppplus_rows() -> list[dict]:
    return [
        {"task_id": "Mbpp/3", "code": "def is_not_prime(n):\n    return n < 2 or any(n % d == 0 for d in range(2, n))\n",
         "prompt": "Write a python function to identify non-prime numbers.", "source_file": "Benchmark Questions Verification V2.ipynb",
         "test_imports": [], "test_list": ["assert is_not_prime(2) == False"],
         "test": MBPP_TEST.format(inputs=[[2], [10], [35]], results=[False, True, True], entry_point="is_not_prime", atol=0)},
        {"task_id": "Mbpp/2", "code": "def similar_elements(a, b):\n    return tuple(set(a) & set(b))\n",
         "prompt": "Write a function to find the shared elements from the given two lists.", "source_file": "x",
         "test_imports": [], "test_list": ["assert set(similar_elements((3, 4), (4, 5))) == set((4,))"],
         "test": MBPP_TEST.format(inputs=[((3, 4), (4, 5))], results=[(4,)], entry_point="similar_elements", atol=0)},
    ]


def evalperf_rows() -> list[dict]:
    return [
        {"task_id": "HumanEval/0", "entry_point": "total", "prompt": SUM_PROMPT,
         "reference": [SUM_SLOW, SUM_MID, SUM_FAST], "scores": [20.0, 70.0, 100.0],
         "pe_input": json.dumps([[list(range(3000))]])},
        {"task_id": "Mbpp/2", "entry_point": "similar_elements", "prompt": '"""\nshared\n"""\n',
         "reference": ["def similar_elements(a, b):\n    return tuple(set(a) & set(b))\n"] * 2,
         "scores": [50.0, 100.0], "pe_input": json.dumps([[[1, 2], [2, 3]]])},
    ]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def write_evalplus_dir(folder: Path, evalperf: list[dict] | None = None) -> Path:
    """A directory as the evalperf suite reads it: evalperf, humanevalplus and mbppplus files."""
    folder.mkdir(parents=True, exist_ok=True)
    write_jsonl(folder / "evalperf.jsonl", evalperf_rows() if evalperf is None else evalperf)
    write_jsonl(folder / "humanevalplus.jsonl", humanevalplus_rows())
    write_jsonl(folder / "mbppplus.jsonl", mbppplus_rows())
    return folder
