"""«Трое из освобождённых подверглись пыткам»: «из освобождённых» names the released as the whole,
as «из задержанных» names the detained, so the part is one of the released figure, not of the
figure the released were part of. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_part_of_the_released_is_of_the_released():
    text = (
        "Боевики захватили 20 заложников. Восемь из них были освобождены. "
        "Двое из освобождённых скончались в больнице."
    )
    assert claim_fields(text, "ru", FIELDS)[2] == ("killed", 2, 1)


def test_a_part_of_the_detained_is_still_of_the_detained():
    # Near miss: the marker names the first figure's act.
    text = (
        "Полиция задержала 20 человек. Восемь из них были освобождены. "
        "Двое из задержанных были избиты."
    )
    assert claim_fields(text, "ru", FIELDS)[2] == ("tortured", 2, 0)
