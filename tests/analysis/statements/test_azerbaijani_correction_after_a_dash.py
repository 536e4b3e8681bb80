"""Azerbaijani puts the verb last: a dash after a verb that withdraws a figure ("səhvən 30
göstərilmişdi — …") opens a clause of its own, whose figure stands. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


def test_right_figure_after_a_dash():
    text = (
        "Düzəliş: əvvəlki xəbərdə ölənlərin sayı səhvən 9 göstərilmişdi — ölənlərin sayı 9 "
        "deyil, 7-dir."
    )
    assert _read(text) == [("killed", 7)]


def test_new_clause_with_its_own_verb_after_a_dash():
    text = "Əvvəlki yazıda yaralıların sayı səhvən 14 göstərilmişdi – 11 nəfər yaralanıb."
    assert _read(text) == [("injured", 11)]


def test_near_miss_a_dash_inside_the_withdrawn_clause():
    # The dash comes before the verb that withdraws: what follows it is still withdrawn.
    text = "Əvvəlki yazıda ölənlərin sayı – 9 nəfər – səhvən göstərilmişdi."
    assert _read(text) == []
