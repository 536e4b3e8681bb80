"""A Russian answer to a question asked among persons counted before («— Среди задержанных
были студенты? — Да, пятеро») is a part of them. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_an_answer_among_the_detained_is_their_part():
    text = (
        "— Сколько человек задержали?\n"
        "— Около двухсот.\n"
        "— Среди задержанных были студенты?\n"
        "— Да, пятеро, все с первого курса."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "all", 200, None),
        ("detained", "students", 5, 0),
    ]


def test_an_answer_among_others_than_those_counted_stands_apart():
    """Near miss: the question asks among the hurt, and no hurt were counted before."""
    text = (
        "— Сколько человек задержали?\n"
        "— Около двухсот.\n"
        "— Среди раненых были студенты?\n"
        "— Да, пятеро, все с первого курса."
    )
    assert ("injured", "students", 5, None) in claim_fields(text, "ru", FIELDS)
