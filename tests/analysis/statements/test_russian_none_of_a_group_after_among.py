"""«Среди раненых детей нет»: the none of a group with «среди» and the participle of the act
before the group, as «Детей среди раненых нет» says it: a zero of that group, a claim of its
own (``zeros_of_a_group``). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_none_of_a_group_after_among_and_the_act():
    assert _read("При пожаре пострадали 9 человек. Среди раненых детей нет.") == [
        ("injured", "all", 9, None),
        ("injured", "children", 0, None),
    ]


def test_none_in_the_past():
    assert _read("Полиция задержала 26 человек. Среди задержанных журналистов не было.") == [
        ("detained", "all", 26, None),
        ("detained", "journalists", 0, None),
    ]


def test_the_group_first_still_read():
    assert _read("При пожаре пострадали 9 человек. Детей среди раненых нет.") == [
        ("injured", "all", 9, None),
        ("injured", "children", 0, None),
    ]
