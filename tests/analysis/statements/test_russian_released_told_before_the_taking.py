"""Persons released told before the taking («освобождены 12 заложников … Пятнадцать человек
боевики захватили …»): when the released and the fates told of those taken add up to them
exactly (10, 2 and 3 of 15), the released are a part of those taken. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_released_first_and_the_fates_of_the_taken_add_up():
    text = (
        "В ходе операции освобождены 10 заложников. Пятнадцать человек боевики захватили "
        "на трассе 3 мая. Двое заложников погибли при штурме. Ещё троих боевики увезли "
        "в неизвестном направлении."
    )
    found = claim_fields(text, "ru", FIELDS)
    assert ("released", 10, 1) in found
    assert found[1] == ("captured", 15, None)


def test_a_later_taking_that_does_not_add_up_is_apart():
    """Near miss: 12 released and two dead are not the 20 taken later."""
    text = (
        "В ходе операции освобождены 12 заложников. Двадцать человек боевики захватили "
        "на трассе 3 мая. Двое заложников погибли при штурме."
    )
    assert ("released", 12, None) in claim_fields(text, "ru", FIELDS)
