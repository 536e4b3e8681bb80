"""«Ранены четверо, среди них пожилая женщина», «среди них ребёнок 2015 года рождения»: a
singular person named with no numeral after a marker of parts is a single person, whom no
Russian set counts; a numeral («среди них один ребёнок») makes a count. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_single_person_named_without_a_numeral_is_no_figure():
    text = "При обстреле рынка ранены четверо, среди них пожилая женщина и подросток."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "all", 4, None)]


def test_near_miss_a_numeral_counts_one():
    text = "При обстреле рынка ранены четверо, среди них один ребёнок."
    assert claim_fields(text, "ru", FIELDS) == [
        ("injured", "all", 4, None),
        ("injured", "children", 1, 0),
    ]
