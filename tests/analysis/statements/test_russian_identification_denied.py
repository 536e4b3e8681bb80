"""«Ещё 22 тела пока не опознаны», «не были идентифицированы»: identification denied is not
done, as identification still to come: the remains are found, not identified; «не менее 22
тел опознаны» is a bound of the identified. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier", "parent")


def test_remains_not_yet_identified_are_remains_found():
    text = (
        "В карьере извлечены останки 48 человек. Опознаны 30 человек; ещё 18 тел пока не опознаны."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("found_dead", 48, "exact", None),
        ("identified", 30, "exact", 0),
        ("found_dead", 18, "exact", 0),
    ]


def test_near_miss_a_bound_before_the_identified():
    text = "В карьере извлечены останки 48 человек. Не менее 18 тел опознаны."
    assert claim_fields(text, "ru", FIELDS)[1] == ("identified", 18, "at_least", None)
