"""«увезли неизвестные в масках»: persons taken away by unknown men, whom no authority answers
for, have disappeared, as those taken «в неизвестном направлении» have; taken by the police,
they are detained. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_unknown_men_took_them_away():
    text = "В ночь на 4 марта неизвестные увезли из общежития 12 студентов."
    assert claim_fields(text, "ru", ("category", "count")) == [("disappeared", 12)]


def test_taken_by_unknown_men_in_a_relative_clause():
    text = (
        "Родственники девятерых человек, которых 2 июля увезли из деревни неизвестные "
        "в масках, обратились в клинику."
    )
    assert claim_fields(text, "ru", ("category", "count")) == [("disappeared", 9)]


def test_led_away_by_unknown_men_in_the_passive():
    text = "Шестеро рабочих были уведены неизвестными с территории завода."
    assert claim_fields(text, "ru", ("category", "count")) == [("disappeared", 6)]


def test_taken_by_the_police_stay_detained():
    text = "Полиция увезла 12 человек в отдел."
    assert claim_fields(text, "ru", ("category", "count")) == [("detained", 12)]
