"""«Обнаружены тела 14 человек, ещё 6 числятся пропавшими»: a bare count after bodies counts
bodies too («ещё 6 переданы родственникам»), unless what is said of it is a fate only the
living have (missing, held, freed): then it counts persons, and that fate is theirs.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FOUND = ("found_dead", "all", 14, None, None, "exact", None)


def test_more_missing_after_bodies_are_persons():
    assert claim_fields(
        "Обнаружены тела 14 человек, ещё 6 числятся пропавшими без вести.", "ru"
    ) == [
        FOUND,
        ("missing", "all", 6, None, None, "exact", None),
    ]


def test_more_handed_over_after_bodies_are_bodies():
    assert claim_fields("Извлечены тела 14 человек, ещё 6 переданы родственникам.", "ru") == [
        FOUND,
        ("found_dead", "all", 6, None, None, "exact", None),
    ]
