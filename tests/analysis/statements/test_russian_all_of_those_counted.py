"""Russian «все пятеро» after a figure of five persons are those five: a part (all of them)
of that figure, also when the five are themselves a part of a larger whole. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count", "parent"))


def test_all_of_the_released_were_beaten():
    text = "Полиция задержала 14 человек. Вечером отпустили пятерых. Все пятеро были избиты."
    assert _read(text) == [("detained", 14, None), ("released", 5, 0), ("tortured", 5, 1)]


def test_all_of_them_after_the_verb():
    text = "Под Ольховкой похитили троих волонтёров. Пытали всех троих."
    assert _read(text) == [("captured", 3, None), ("tortured", 3, 0)]


def test_near_miss_another_number():
    text = "Полиция задержала 14 человек. Вечером отпустили пятерых. Все шестеро были избиты."
    assert _read(text)[2] == ("tortured", 6, None)
