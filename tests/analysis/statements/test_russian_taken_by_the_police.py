"""Russian persons taken («забрали», «угнали») by the police are detained, by soldiers
captured: the taker is the subject in the verb's sentence, or, where the verb has none, the
one the sentence before names. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_police_as_the_subject():
    text = "У здания суда полицейские забрали 9 человек."
    assert claim_fields(text, "ru", FIELDS) == [("detained", "all", 9, None)]


def test_a_verb_with_no_subject_after_the_police():
    text = "Вечером полиция разогнала пикет. Забрали 15 человек, в том числе трёх студентов."
    claims = claim_fields(text, "ru", FIELDS)
    assert ("detained", "all", 15, None) in claims
    assert ("detained", "students", 3, 0) in claims


def test_near_miss_a_verb_with_no_subject_after_soldiers():
    text = "Утром в деревню вошли солдаты. Забрали 15 человек."
    assert claim_fields(text, "ru", FIELDS) == [("captured", "all", 15, None)]


def test_near_miss_armed_men_named_after_the_police():
    text = "Полиция оцепила район. Вооружённые люди забрали 4 человек."
    assert claim_fields(text, "ru", FIELDS) == [("captured", "all", 4, None)]
