"""A part of persons («из них 40 иностранных граждан», "of them 40 foreign nationals") nested
under a whole that takes its category only late — a right figure given after a wrong one
(«Правильная цифра — 70, из них …») — takes the whole's category, as a part named by its group
does. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_part_of_persons_under_a_corrected_whole():
    text = (
        "В сообщении ошибочно указано, что задержаны 90 человек. Правильная цифра — 70, из "
        "них 40 граждан соседних стран."
    )
    assert claim_fields(text, "ru", FIELDS) == [("detained", 70, None), ("detained", 40, 0)]


def test_near_miss_a_part_with_a_predicate_of_its_own():
    """The part's own verb says what befell it."""
    text = (
        "В сообщении ошибочно указано, что задержаны 90 человек. Правильная цифра — 70, из "
        "них 40 человек отпущены."
    )
    assert claim_fields(text, "ru", FIELDS) == [("detained", 70, None), ("released", 40, 0)]
