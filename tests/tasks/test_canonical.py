"""Output comparison decides every pass and fail: a lenient ``equal`` would score wrong answers as right."""

from __future__ import annotations

import math

import pytest

from tasks.canonical import NotCanonical, canonical, equal, from_wire, to_wire


WRAPPERS = {
    "list": lambda v: [v],
    "tuple": lambda v: (v,),
    "dict": lambda v: {"k": v},
    "dict with other keys": lambda v: {1: v},
    "frozenset": lambda v: frozenset({v}),
}


def nested(levels: int, wrap=WRAPPERS["list"], inner: object = 0) -> object:
    """``inner`` inside ``levels`` containers, whose innermost value sits at depth ``levels``."""
    value = inner
    for _ in range(levels):
        value = wrap(value)
    return value


@pytest.mark.parametrize(("got", "expected"), [
    (True, 1), (1, True), (False, 0), (0, False), (True, 1.0), (1.0, True),  # bool is not a number here
    ("1", 1), (1, "1"), ("1.0", 1.0), (None, 0), (0, None), (None, 0.0),
    ([1], (1,)), ({"a": 1}, [["a", 1]]),
])
def test_values_of_different_types_differ(got: object, expected: object) -> None:
    assert not equal(got, expected)
    assert not equal(got, expected, rel_tol=0.5)


@pytest.mark.parametrize(("got", "expected"), [(1.5, 2), (2, 1.5), (0.1 + 0.2, 0.3), (1.0, 1.1), (-0.0, 1e-300)])
def test_floats_compare_exactly_without_a_tolerance(got: float, expected: float) -> None:
    assert not equal(got, expected)


@pytest.mark.parametrize(("got", "expected"), [(1.0, 1), (1, 1.0), (0.5, 0.5), (-0.0, 0.0)])
def test_equal_numbers_are_equal_across_int_and_float(got: float, expected: float) -> None:
    assert equal(got, expected)


def test_tolerance_is_relative_and_absolute() -> None:
    assert equal(0.1 + 0.2, 0.3, rel_tol=1e-9)
    assert equal(1000.0, 1000.5, rel_tol=1e-3)  # within 0.1 % of the value
    assert not equal(1000.0, 1002.0, rel_tol=1e-3)
    assert equal(0.0, 5e-10, rel_tol=1e-9)  # near zero the tolerance is absolute
    assert not equal(0.0, 5e-9, rel_tol=1e-9)


def test_containers_compare_element_by_element() -> None:
    assert equal([1, [2, "x"]], [1, [2, "x"]])
    assert not equal([1, 2], [2, 1])
    assert not equal([1], [1, 1]) and not equal([1, 1], [1])
    assert not equal([], [0])
    assert not equal([1, [2, 3]], [1, [2, 4]])


def test_tolerance_reaches_inside_lists_and_dicts() -> None:
    assert equal([1.0, [2.0]], [1.0 + 1e-12, [2.0 - 1e-12]], rel_tol=1e-9)
    assert equal({"a": [0.1 + 0.2]}, {"a": [0.3]}, rel_tol=1e-9)
    assert not equal({"a": [0.1 + 0.2]}, {"a": [0.3]})


def test_dicts_need_the_same_keys() -> None:
    assert equal({"a": 1, "b": 2}, {"b": 2, "a": 1})
    assert not equal({"a": 1}, {"b": 1})
    assert not equal({"a": 1}, {"a": 1, "b": 2})
    assert not equal({"a": 1, "b": 2}, {"a": 1})
    assert not equal({"a": 1, "b": 2}, {"a": 1, "b": 3})


def test_special_floats_have_a_comparable_form() -> None:
    assert canonical(math.nan) == {"__float__": "nan"}
    assert canonical(math.inf) == {"__float__": "inf"}
    assert canonical(-math.inf) == {"__float__": "-inf"}
    assert equal(canonical([math.nan]), canonical([math.nan]))
    assert not equal(canonical(math.inf), canonical(-math.inf))
    assert canonical(2.5) == 2.5 and type(canonical(2.5)) is float


def test_containers_become_json_shaped() -> None:
    assert canonical((1, (2, None))) == [1, [2, None]]
    assert canonical({"b": (1,), "a": True}) == {"b": [1], "a": True}
    assert canonical({2: "x", 1: "y"}) == {"__items__": [[1, "y"], [2, "x"]]}
    assert canonical({"a": 1, 2: "b"}) == {"__items__": [["a", 1], [2, "b"]]}
    assert canonical({3, 1, 2}) == {"__set__": [1, 2, 3]}
    assert canonical(frozenset({"b", "a"})) == {"__set__": ["a", "b"]}
    assert canonical({(1, 2): frozenset({2.0})}) == {"__items__": [[[1, 2], {"__set__": [2.0]}]]}



def test_a_dict_compares_whatever_order_it_was_built_in_even_with_tied_keys() -> None:
    """Distinct NaN objects are distinct dict keys with one canonical form: their items are then
    ordered by their values, which must not depend on the order the values' own keys were inserted."""
    first, second = float("nan"), float("nan")
    one = {first: {"b": 0, "a": 9}, second: {"a": 9, "c": 0}}
    other = {first: {"a": 9, "b": 0}, second: {"c": 0, "a": 9}}
    assert equal(canonical(one), canonical(other))


def test_complex_numbers_cross_as_their_two_parts() -> None:
    """MBPP's complex arguments (evalplus restores them) must survive the unchanged-input check."""
    assert canonical(1 + 2j) == {"__complex__": [1.0, 2.0]} and canonical([1j]) == [{"__complex__": [0.0, 1.0]}]


@pytest.mark.parametrize("value", [object(), b"bytes", type("I", (int,), {})(3), type("L", (list,), {})(),
                                   [1, type("S", (str,), {})("x")], {"k": type("D", (dict,), {})()}])
def test_other_types_cannot_cross(value: object) -> None:
    with pytest.raises(NotCanonical):
        canonical(value)


@pytest.mark.parametrize("kind", WRAPPERS)
def test_nesting_is_bounded_in_every_container(kind: str) -> None:
    canonical(nested(200, WRAPPERS[kind]))
    with pytest.raises(NotCanonical, match="deeper than 200"):
        canonical(nested(201, WRAPPERS[kind]))


def test_nesting_is_bounded_in_dict_keys() -> None:
    canonical({nested(199, WRAPPERS["tuple"]): 0})
    with pytest.raises(NotCanonical, match="deeper than 200"):
        canonical({nested(200, WRAPPERS["tuple"]): 0})


def test_nesting_at_the_bound_is_kept_whole() -> None:
    assert canonical(nested(200)) == nested(200)


def test_a_complex_number_at_the_bound_is_too_deep_for_its_parts() -> None:
    canonical(nested(199, inner=1 + 2j))
    with pytest.raises(NotCanonical, match="deeper than 200"):
        canonical(nested(200, inner=1 + 2j))


def test_arguments_go_as_json_with_tuples_sets_and_complex_numbers_tagged() -> None:
    value = [1, (2, "a"), {3, 1}, 1 + 2j, {"k": (None,)}, True, 1.5, "s", None]
    wire = to_wire(value)
    assert wire == [1, {"__tuple__": [2, "a"]}, {"__set__": [1, 3]}, {"__complex__": [1.0, 2.0]},
                    {"k": {"__tuple__": [None]}}, True, 1.5, "s", None]
    back = from_wire(wire)
    assert back == value and type(back[1]) is tuple and type(back[2]) is set and type(back[3]) is complex
    assert type(back[4]["k"]) is tuple


def test_a_sets_elements_go_in_the_order_of_their_json_text() -> None:
    """One order whatever the set's iteration order: the text of ``json.dumps``, so a quoted string
    comes before a number and ``10`` before ``2``; infinities (JSON's ``Infinity``) are allowed."""
    assert to_wire({"b", "a", 10, 2}) == {"__set__": ["a", "b", 10, 2]}
    assert to_wire({float("inf"), 1.0, -3.5}) == {"__set__": [-3.5, 1.0, float("inf")]}
    assert to_wire({(1, "b"), (1, "a")}) == {"__set__": [{"__tuple__": [1, "a"]}, {"__tuple__": [1, "b"]}]}


def test_untagged_objects_come_back_as_dicts() -> None:
    for plain in ({"a": 1}, {"a": [1, 2]}, {"__tuple__": [1], "x": 2}, {}):
        assert to_wire(plain) == plain and from_wire(plain) == plain
    assert from_wire({"k": {"__set__": [1]}, "j": 0}) == {"k": {1}, "j": 0}
    assert from_wire({"__complex__": [0.5, -2.0]}) == complex(0.5, -2.0)


@pytest.mark.parametrize("value", [{1: "a"}, {"__set__": [1]}, {"__tuple__": 1}, frozenset({"a"}), object(), b"x",
                                   [1, {(1,): 2}]])
def test_arguments_json_cannot_carry_are_refused(value: object) -> None:
    with pytest.raises(NotCanonical):
        to_wire(value)


@pytest.mark.parametrize("kind", ["list", "tuple", "dict"])
def test_argument_nesting_is_bounded(kind: str) -> None:
    to_wire(nested(200, WRAPPERS[kind]))
    with pytest.raises(NotCanonical, match="deeper than 200"):
        to_wire(nested(201, WRAPPERS[kind]))
    to_wire(nested(199, WRAPPERS["list"], inner={0}))
    with pytest.raises(NotCanonical, match="deeper than 200"):
        to_wire(nested(200, WRAPPERS["list"], inner={0}))
