"""Russian: a part of the released described by a past participle of being held («находившиеся
в плену», «содержавшиеся под стражей») tells how long they were held until then: they are
released with the rest, not held still. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_part_once_held_is_released():
    text = (
        "В ходе обмена возвращены 120 человек: 100 военнослужащих и 20 гражданских лиц. Среди "
        "военнослужащих — 21 защитник Северска, находившийся в плену с 2022 года, и 8 "
        "тяжелораненых."
    )
    assert ("released", 21, 1) in claim_fields(text, "ru", FIELDS)


def test_held_ones_outside_the_released_stay_held():
    # Near miss: no count of the released is their whole.
    text = "По данным омбудсмена, 22 моряка, находившиеся в плену с 2022 года, погибли."
    assert ("released", 22, None) not in claim_fields(text, "ru", FIELDS)
