"""Russian: those who hold persons telling their families nothing of them («о судьбе пятерых
родственникам ничего не сообщают») keep their fate unknown; of a part of the detained, an
enforced disappearance. Told something, or of no count, nothing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_of_the_detained_whose_families_are_told_nothing():
    text = (
        "Полиция задержала 40 мужчин. Из них 12 отпущены, а о судьбе пятерых родственникам "
        "ничего не сообщают."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "men", 40, None),
        ("released", "men", 12, 0),
        ("disappeared", "men", 5, 0),
    ]


def test_a_count_whose_families_are_still_told_nothing():
    text = "О восьмерых семьям до сих пор ничего не сообщили."
    assert claim_fields(text, "ru", ("category", "count")) == [("missing", 8)]


def test_near_miss_families_told_of_the_inquiry():
    text = "Семьям погибших сообщили о ходе расследования гибели 7 человек."
    assert claim_fields(text, "ru", ("category", "count")) == [("killed", 7)]
