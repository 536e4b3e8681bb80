"""Azerbaijani says an age passed with the age in the accusative and a participle of passing
it: "70 yaşını keçmiş" (past 70), "75 yaşını ötmüşdür". Persons past 55 are the elderly, as
"65 yaşdan yuxarı" are, and the age itself is no count. Past 30 is no age group. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_part_past_an_age_as_its_predicate():
    text = (
        "Əfv sərəncamı ilə 900 məhkum azadlığa buraxılıb. "
        "Onlardan 100-ü qadın, 35-i isə 75 yaşını keçmiş şəxslərdir."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("released", "elderly", 35, 0)


def test_age_passed_in_the_perfect_is_no_count():
    text = "Sərəncamla 900 məhkum azadlığa buraxılıb; onlardan 60-ı 70 yaşını ötmüşdür."
    assert claim_fields(text, "az", FIELDS) == [
        ("released", "all", 900, None),
        ("released", "elderly", 60, 0),
    ]


def test_age_passed_before_the_count():
    text = "Kənddən 70 yaşını keçmiş 12 nəfər təxliyə edilib."
    assert claim_fields(text, "az", FIELDS) == [("displaced", "elderly", 12, None)]


def test_a_young_age_passed_is_no_group():
    # Near miss: past 30, the persons are of no age group.
    text = "Kənddən 30 yaşını keçmiş 12 nəfər təxliyə edilib."
    assert claim_fields(text, "az", FIELDS) == [("displaced", "all", 12, None)]
