"""«Моего соседа, ему было 80, избили»: Russian says a person's age with the person in the
dative and the number, bare or with «лет», after «было» or «исполнилось» or with no verb; the
number is an age, not a count of those beaten. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_an_age_after_a_dative_pronoun_and_was():
    text = "Моего отца, ему было 74, избили прикладами во дворе."
    assert claim_fields(text, "ru", FIELDS) == []


def test_an_age_with_years_and_turned():
    text = "Её сына, ему только исполнилось 17 лет, увели военные."
    assert claim_fields(text, "ru", FIELDS) == []


def test_a_count_of_persons_after_a_dative_pronoun_counts():
    # Near miss: a noun of persons after the number makes it a count.
    text = "Нам сообщили, что ночью им передали 12 задержанных."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 12)]
