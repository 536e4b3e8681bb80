"""Those harmed ("zərər çəkib"), broken down in the next sentence into the dead and the
injured, are a figure of neither: the dead and the injured stand alone, and a group of the
injured stays with the injured. Broken down into groups only, the harmed are the injured.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_harmed_split_into_dead_and_injured_in_the_next_sentence():
    text = (
        "Bazar ərazisinə düşən raket nəticəsində 14 nəfər zərər çəkib. Onlardan 4-ü həlak "
        "olub, 10-u xəsarət alıb. Xəsarət alanların üçü uşaqdır."
    )
    assert _read(text) == [
        ("killed", "all", 4, None),
        ("injured", "all", 10, None),
        ("injured", "children", 3, 1),
    ]


def test_near_miss_harmed_split_into_groups_only():
    text = "Mərmi düşən evdə 9 nəfər zərər çəkib. Onlardan 2-si uşaqdır."
    assert _read(text) == [("injured", "all", 9, None), ("injured", "children", 2, 0)]
