"""EvalPlus's suites on fixtures in the published schemas: what converts, what is left out and why."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import tasks.loaders.evalplus as evalplus
from tasks.registry import SuiteError, open_suite

from .evalplus_fixtures import evalperf_rows, humanevalplus_rows, mbppplus_rows, write_evalplus_dir, write_jsonl


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    return write_evalplus_dir(tmp_path / "evalplus")


def test_humanevalplus_rows_become_tasks_with_the_datasets_tests(folder: Path) -> None:
    data = open_suite("humanevalplus", source=str(folder / "humanevalplus.jsonl"))
    by_id = {t.id: t for t in data.tasks}
    assert sorted(by_id) == ["HumanEval/0", "HumanEval/1"]
    total = by_id["HumanEval/0"]
    assert total.entry_point == "total" and total.references[0].code.startswith(total.prompt)
    assert [t.expected for t in total.tests] == [3, 0, 7, 1225]
    assert [t.hidden for t in total.tests] == [False, False, False, True]
    assert total.perf_args == [list(range(50))] and total.perf_expected == 1225  # the largest test stands in
    assert by_id["HumanEval/1"].float_tolerance == 1e-6  # atol 0 with float outputs, as evalplus's assertion()
    assert data.skipped == {"HumanEval/2": "its test cross-checks a reference function instead of listing results"}
    assert data.summary() == {"rows": 3, "tasks": 2,
                              "its test cross-checks a reference function instead of listing results": 1}


def test_mbppplus_entry_point_comes_from_the_assertion_and_tuple_inputs_travel_tagged(folder: Path) -> None:
    data = open_suite("mbppplus", source=str(folder / "mbppplus.jsonl"))
    task, pair = data.tasks
    assert (task.id, task.entry_point) == ("Mbpp/3", "is_not_prime")
    assert [t.args for t in task.tests] == [[2], [10], [35]] and [t.expected for t in task.tests] == [False, True, True]
    assert task.prompt.startswith('"""\nWrite a python function') and "assert is_not_prime(2) == False" in task.prompt
    assert pair.id == "Mbpp/2" and pair.tests[0].args == [{"__tuple__": [3, 4]}, {"__tuple__": [4, 5]}]
    assert pair.tests[0].expected == [4] and data.skipped == {}


def test_evalperf_keeps_references_slowest_first_with_their_scores(folder: Path) -> None:
    data = open_suite("evalperf", source=str(folder))
    task, mbpp = data.tasks
    assert task.tiers == ["ref0", "ref1", "ref2"] and task.suite_data == {"evalperf_scores": [20.0, 70.0, 100.0]}
    assert task.perf_args == [list(range(3000))] and task.perf_expected == sum(range(3000))
    assert len(task.tests) == 4  # HumanEval+'s tests of the same task
    # pe_input [[1, 2], [2, 3]] gets its tuples back (evalplus's mbpp_deserialize_inputs), the output comes from them
    assert mbpp.perf_args == [{"__tuple__": [1, 2]}, {"__tuple__": [2, 3]}] and mbpp.perf_expected == [2]
    assert data.provenance["rows_sha256"] and data.provenance["revision"].startswith("sha256:")
    assert data.provenance["humanevalplus"]["source"].endswith("humanevalplus.jsonl")


def test_task_ids_and_contents_are_stable_across_loads(folder: Path, tmp_path: Path) -> None:
    copy = shutil.copytree(folder, tmp_path / "copy")
    first, second = open_suite("evalperf", source=str(folder)), open_suite("evalperf", source=str(copy))
    assert [(t.id, t.content_hash) for t in first.tasks] == [(t.id, t.content_hash) for t in second.tasks]
    assert first.provenance["rows_sha256"] == second.provenance["rows_sha256"]


@pytest.mark.parametrize("suite, file, index, change, message", [
    ("evalperf", "evalperf.jsonl", 1, {"scores": None}, "row 1 (Mbpp/2) has no 'scores'"),
    ("evalperf", "evalperf.jsonl", 0, {"pe_input": "[[1"}, "row 0 (HumanEval/0): pe_input is not JSON"),
    ("evalperf", "evalperf.jsonl", 0, {"scores": [1.0]}, "row 0 (HumanEval/0) has 3 references but 1 scores"),
    ("humanevalplus", "humanevalplus.jsonl", 1, {"entry_point": 7}, "row 1 (HumanEval/1): 'entry_point' is int"),
])
def test_a_malformed_row_is_one_line_naming_it(tmp_path: Path, suite: str, file: str, index: int, change: dict,
                                               message: str) -> None:
    rows = {"evalperf.jsonl": evalperf_rows(), "humanevalplus.jsonl": humanevalplus_rows()}[file]
    rows[index] = {k: v for k, v in {**rows[index], **change}.items() if v is not None}
    folder = write_evalplus_dir(tmp_path / "bad", evalperf=rows if file == "evalperf.jsonl" else None)
    if file != "evalperf.jsonl":
        write_jsonl(folder / file, rows)
    source = str(folder if suite == "evalperf" else folder / file)
    with pytest.raises(SuiteError, match=message.replace("(", r"\(").replace(")", r"\)")) as err:
        open_suite(suite, source=source)
    assert "\n" not in str(err.value)


def test_unreadable_sources_are_one_line(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b\n")
    with pytest.raises(SuiteError, match="is not a .json, .jsonl or .parquet file"):
        open_suite("humanevalplus", source=str(tmp_path / "data.csv"))
    (tmp_path / "broken.jsonl").write_text("{not json\n")
    with pytest.raises(SuiteError, match="cannot read .*broken.jsonl.* from the local copy") as err:
        open_suite("humanevalplus", source=str(tmp_path / "broken.jsonl"))
    assert "\n" not in str(err.value)
    (tmp_path / "alone").mkdir()
    lonely = write_jsonl(tmp_path / "alone" / "evalperf.jsonl", evalperf_rows())
    with pytest.raises(SuiteError, match="no humanevalplus copy beside"):
        open_suite("evalperf", source=str(lonely))


def test_literal_test_data_allows_inf_and_refuses_other_names() -> None:
    import ast

    assert evalplus.literal(ast.parse("[inf, -inf, (1, 2)]", mode="eval").body) == [float("inf"), -float("inf"), (1, 2)]
    with pytest.raises(evalplus.Unconvertible, match="refers to the name 'os'"):
        evalplus.literal(ast.parse("[os]", mode="eval").body)
    assert json.dumps(evalplus.json_args([[1, "a", None, {"k": 1.5}]]))
    assert evalplus.json_args([{2, 1}, (1, 2j)]) == [{"__set__": [1, 2]}, {"__tuple__": [1, {"__complex__": [0.0, 2.0]}]}]
    with pytest.raises(evalplus.Unconvertible, match="frozenset values"):
        evalplus.json_args([frozenset({1})])
    with pytest.raises(evalplus.Unconvertible, match="cannot be told from a tagged value"):
        evalplus.json_args([{"__tuple__": [1]}])


@pytest.mark.parametrize("task_id, given, restored", [
    ("Mbpp/2", [[1, 2], [3]], [(1, 2), (3,)]),
    ("Mbpp/63", [[[1, 2], [3, 4]]], [[(1, 2), (3, 4)]]),
    ("Mbpp/75", [[[1, 2]], 2], [[(1, 2)], 2]),
    ("Mbpp/106", [[1], [2, 3]], [[1], (2, 3)]),
    ("Mbpp/115", [[[1], []]], [[{1}, {}]]),
    ("Mbpp/124", ["1.0", "2j"], [1.0, 2j]),
    ("Mbpp/259", [[[1, 2]], [[3, 4]]], [((1, 2),), ((3, 4),)]),
    ("Mbpp/278", [[1, [2, 3]]], [(1, (2, 3))]),
    ("Mbpp/580", [[1, [2, [3]]]], ((1, (2, (3,))),)),
    ("Mbpp/722", [{"a": [1, 2]}, 5], [{"a": (1, 2)}, 5]),
    ("Mbpp/3", [[1, 2]], [[1, 2]]),
])
def test_mbpp_inputs_get_their_tuples_back_as_evalplus_restores_them(task_id: str, given: list, restored: object) -> None:
    [got] = evalplus.mbpp_restore(task_id, [given])
    assert got == restored and type(got) is type(restored)
    assert [type(a) for a in got] == [type(a) for a in restored]
