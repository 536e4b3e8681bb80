"""«О двоих родственники ничего не знают»: persons of whom those seeking them know nothing are
of unknown fate; the nominative after «двоих» is the subject, not the persons counted. Where
those who would hold them deny the detention («в полиции их задержание не подтверждают»,
«таких не задерживали»), they have disappeared. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_nothing_known_of_a_part():
    text = "Полиция задержала 9 мужчин. Пятерых отпустили, а о двоих родственники ничего не знают."
    assert claim_fields(text, "ru", FIELDS)[2] == ("missing", "men", 2, 0)


def test_nothing_known_and_the_detention_denied():
    text = (
        "Полиция задержала 9 мужчин. Пятерых отпустили, а о двоих родственники ничего не "
        "знают: в полиции говорят, что таких не задерживали."
    )
    assert claim_fields(text, "ru", FIELDS)[2] == ("disappeared", "men", 2, 0)


def test_out_of_contact_and_the_detention_denied():
    text = "Трое журналистов со вчерашнего дня не выходят на связь; в МВД их задержание не подтверждают."
    assert claim_fields(text, "ru", FIELDS) == [("disappeared", "journalists", 3, None)]


def test_near_miss_out_of_contact_alone():
    text = "Трое журналистов со вчерашнего дня не выходят на связь."
    assert claim_fields(text, "ru", FIELDS) == [("missing", "journalists", 3, None)]
