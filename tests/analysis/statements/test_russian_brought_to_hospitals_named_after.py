"""«В больницы области доставлено 40 человек»: brought to hospital, the hospitals fronted with
whose they are (or when) between them and the verb, are injured. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_hospitals_of_a_region():
    assert _read("В больницы области доставлено 40 человек, из них 6 детей.") == [
        ("injured", "all", 40, None),
        ("injured", "children", 6, 0),
    ]


def test_a_time_between():
    assert _read("В госпиталь этой ночью доставлены 13 человек.") == [("injured", "all", 13, None)]
