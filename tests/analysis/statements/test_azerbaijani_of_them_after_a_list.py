"""An Azerbaijani number with the possessive ending ("11-i", eleven of them) after a comma is
no item of an "o cümlədən" list of plain counts before it ("4 uşaq və 6 qadın"): it is a sibling
of the part that list broke down. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_of_them_after_a_list_inside_a_part():
    text = (
        "Hücumda 35 nəfər həlak olub. Onlardan 21-i mülki şəxs, o cümlədən 5 uşaq və 3 qadın, "
        "14-ü isə hərbçidir."
    )
    assert _read(text) == [
        ("killed", "all", 35, None),
        ("killed", "civilians", 21, 0),
        ("killed", "children", 5, 1),
        ("killed", "women", 3, 1),
        ("killed", "servicemen", 14, 0),
    ]


def test_of_them_after_a_list_of_the_whole():
    text = "Partlayışda 40 nəfər yaralanıb, o cümlədən 6 uşaq, 9-u isə ağır vəziyyətdədir."
    assert _read(text) == [
        ("injured", "all", 40, None),
        ("injured", "children", 6, 0),
        ("injured", "all", 9, 0),
    ]


def test_near_miss_of_them_after_a_part_of_them():
    # "17-si …, 11-i …": both of them, siblings with no list between.
    text = "Hücumda 28 nəfər həlak olub. Onlardan 17-si qadın, 11-i isə kişidir."
    assert _read(text) == [
        ("killed", "all", 28, None),
        ("killed", "women", 17, 0),
        ("killed", "men", 11, 0),
    ]
