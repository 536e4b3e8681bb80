"""Azerbaijani "isə" ("as for") may stand between the persons named by their fate in the
ablative and the part taken from them ("Yaralananlardan isə 3-ü qadındır", as for the
wounded, three are women): the participle still names the whole. A time counted after it
("Yaralanandan isə 3 gün sonra", three days after being wounded) names none. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_parts_of_the_wounded_after_as_for():
    text = (
        "Atışmada 5 nəfər həlak olub, 14 nəfər yaralanıb. Yaralananlardan isə 3-ü qadındır, "
        "2-si uşaqdır."
    )
    assert _read(text) == [
        ("killed", "all", 5, None),
        ("injured", "all", 14, None),
        ("injured", "women", 3, 1),
        ("injured", "children", 2, 1),
    ]


def test_part_of_the_dead_after_as_for():
    text = "Sel zamanı 12 nəfər yaralanıb, 6 nəfər ölüb. Ölənlərdən isə 2-si uşaqdır."
    assert _read(text) == [
        ("injured", "all", 12, None),
        ("killed", "all", 6, None),
        ("killed", "children", 2, 1),
    ]


def test_near_miss_a_time_after_as_for():
    text = "Atışmada 14 nəfər yaralanıb. Yaralanandan isə 3 gün sonra polis 2 nəfəri saxlayıb."
    assert _read(text) == [("injured", "all", 14, None), ("detained", "all", 2, None)]
