"""A spelled-out number with the possessive and the accusative ("üçünü", "ikisini",
"altısını": three, two, six of them, as the object of the verb) is a number, as "üçü" and
"üçünün" are; the pronoun "onu" (him, her) is not ten. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_three_of_them_shot():
    text = "Silahlılar kəndin 9 sakinini girov götürüb, onlardan dördünü meşədə güllələyiblər."
    assert _read(text) == [("captured", "all", 9, None), ("killed", "all", 4, 0)]


def test_near_miss_the_pronoun_is_no_number():
    text = "Polis 5 nəfəri saxlayıb, onunu da döyüblər."
    assert [f[2] for f in _read(text)] == [5]
