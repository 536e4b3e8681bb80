"""«вернулись в свои дома» (came back to their houses) is a release only of persons held, as
"came back" is: residents who fled and came back were freed from nothing. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_residents_back_in_their_homes_are_no_release():
    text = "Около 800 жителей бежали из посёлка. К вечеру 300 человек вернулись в свои дома."
    assert not any(c[0] == "released" for c in claim_fields(text, "ru", FIELDS))


def test_near_miss_the_held_back_in_their_homes_are_released():
    text = "Солдаты задержали 25 мужчин. Через три дня 10 из них вернулись в свои дома."
    assert ("released", "men", 10, 0) in claim_fields(text, "ru", FIELDS)
