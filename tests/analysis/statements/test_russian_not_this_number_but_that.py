"""«Погибли не семь, как сообщалось ранее, а девять заключённых»: the number the text says a
figure is not is no claim, even with an aside between it and the right one; the right number
is the subject of the verb the wrong one was, whatever its own noun implies («заключённых»
alone would make the prisoners held). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_an_aside_between_the_wrong_number_and_the_right_one():
    text = "В результате обстрела ранены не 15, как утверждалось вчера, а 18 человек."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 18)]


def test_the_right_number_takes_the_verb_of_the_wrong_one():
    text = "При пожаре в колонии погибли не пять, а шесть осуждённых."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 6)]


def test_with_an_aside_and_a_noun_of_prisoners():
    text = "Погибли не трое, как сообщало ведомство, а четверо заключённых."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 4)]


def test_a_number_not_set_against_another_stands():
    # Near miss: «не менее» is a qualifier, and no «а» sets a right number against it.
    text = "Погибли не менее пяти заключённых, как сообщило ведомство."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 5)]
