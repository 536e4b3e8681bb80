""" "Onlardan 900-ü beş yaşdan kiçik uşaqlardır": an age a group is younger or older than
stands before the group it narrows; before persons at large it names the group itself ("65
yaşdan yuxarı şəxslər", the elderly). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_children_younger_than_an_age():
    text = "Düşərgədə 1.400 məcburi köçkün var. Onlardan 300-ü üç yaşdan kiçik uşaqlardır."
    assert _read(text)[1] == ("displaced", "children", 300, 0)


def test_near_miss_persons_older_than_an_age_are_the_elderly():
    text = "Yaralananlardan 7-si 70 yaşdan yuxarı şəxslərdir."
    assert _read(text)[0][1] == "elderly"
