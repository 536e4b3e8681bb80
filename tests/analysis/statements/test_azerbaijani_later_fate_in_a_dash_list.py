"""In an Azerbaijani dash list of what befell persons, an item counting persons released
after an item counting the detained is a part of them; in running text, or after a list item
of another fate, it stands alone. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_released_in_a_later_item_are_of_the_detained():
    text = (
        "Əməliyyatın nəticələri:\n\n– Saxlanılanların sayı: ən azı 50 nəfər.\n\n"
        "– Kənddə 2 ev yandırılıb.\n\n– 20 nəfər iki gün sonra azad edilib."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("released", 20, 0)


def test_released_in_running_text_stand_alone():
    # Near miss: no list; the released may be others.
    text = "Kənddə ən azı 50 nəfər saxlanılıb. 20 nəfər iki gün sonra azad edilib."
    assert claim_fields(text, "az", FIELDS)[1] == ("released", 20, None)


def test_released_after_an_item_of_the_dead_stand_alone():
    # Near miss: the persons counted last are the dead, not the detained.
    text = (
        "Əməliyyatın nəticələri:\n\n– Saxlanılanların sayı: ən azı 50 nəfər.\n\n"
        "– 20 nəfər həlak olub.\n\n– 30 nəfər iki gün sonra azad edilib."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("released", 30, None)
