"""«Среди тех, кто по-прежнему в розыске, …»: a hyphened word («по-прежнему») inside
the relative clause does not end it; the counts after are parts of its whole. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_parts_after_a_hyphened_adverb():
    text = (
        "Без вести пропали 950 человек. Среди тех, кто по-прежнему считается пропавшим, "
        "120 женщин и 64 ребёнка."
    )
    assert _read(text) == [
        ("missing", "all", 950, None),
        ("missing", "women", 120, 0),
        ("missing", "children", 64, 0),
    ]


def test_not_of_the_count_as_it_stood_before():
    text = (
        "Без вести пропали 950 человек. Месяц назад их было 1 020. Среди тех, кто "
        "по-прежнему считается пропавшим, 120 женщин."
    )
    assert _read(text) == [
        ("missing", "all", 950, None),
        ("missing", "all", 1020, None),
        ("missing", "women", 120, 0),
    ]
