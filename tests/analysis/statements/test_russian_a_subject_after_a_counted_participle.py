"""A Russian noun that cannot agree with the counted phrase is not what is counted: in
«состояние троих госпитализированных врачи оценивают как тяжёлое» the doctors are the next
verb's subject, the three are of the hospitalised; «трое госпитализированных врачей» are
doctors. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_a_subject_after_the_counted_participle_is_not_counted():
    text = "Ранены 40 человек. Состояние троих госпитализированных врачи оценивают как тяжёлое."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "all", 40), ("injured", "all", 3)]


def test_near_miss_doctors_in_the_genitive_are_counted():
    text = "Ранены 40 человек, в их числе трое госпитализированных врачей."
    assert claim_fields(text, "ru", FIELDS) == [
        ("injured", "all", 40),
        ("injured", "medical workers", 3),
    ]
