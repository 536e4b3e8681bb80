"""Women are no part of a figure of men, nor men of women: a count of women told after men
were detained, whatever word names the detained again («Задержаны 60 мужчин. Кроме того,
3 женщины, пытавшиеся передать задержанным воду, были задержаны на сутки»), is a figure of its own.
Children among men stay a part (boys are men too). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_women_who_brought_the_detained_water_are_no_part_of_the_men():
    text = (
        "Задержаны 60 мужчин. Кроме того, 3 женщины, пытавшиеся передать задержанным воду, "
        "были задержаны на сутки."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "men", 60, None),
        ("detained", "women", 3, None),
    ]


def test_near_miss_minors_among_the_men_stay_a_part():
    text = "Задержаны 60 мужчин, из них 7 несовершеннолетних."
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "men", 60, None),
        ("detained", "children", 7, 0),
    ]
