"""«числятся 57 человек (на 20 июня — 89)»: a parenthesis that names a day of a month before
its dash gives the figure as it stood that day, a claim of its own. Said after a part, a
number more than the part's whole holds is of the whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_a_day_in_parentheses_gives_the_figure_of_that_day():
    assert claim_fields("Пропавшими числятся 40 человек (на 3 марта — 52).", "ru") == [
        ("missing", "all", 40, None, None, "exact", None),
        ("missing", "all", 52, None, None, "exact", None),
    ]


def test_a_day_in_parentheses_in_english():
    assert claim_fields("At least 40 people remain missing (as of 3 March: 52).", "en") == [
        ("missing", "all", 40, None, None, "at_least", None),
        ("missing", "all", 52, None, None, "exact", None),
    ]


def test_after_a_part_a_number_beyond_its_whole_is_the_wholes():
    assert claim_fields(
        "Пропавшими числятся 40 человек, в том числе 6 детей (на 3 марта — 52).", "ru"
    ) == [
        ("missing", "all", 40, None, None, "exact", None),
        ("missing", "children", 6, None, None, "exact", 0),
        ("missing", "all", 52, None, None, "exact", None),
    ]


def test_after_a_part_a_number_its_whole_holds_is_the_parts():
    assert claim_fields(
        "Пропавшими числятся 40 человек, в том числе 6 детей (на 3 марта — 9).", "ru"
    ) == [
        ("missing", "all", 40, None, None, "exact", None),
        ("missing", "children", 6, None, None, "exact", 0),
        ("missing", "children", 9, None, None, "exact", None),
    ]


def test_a_parenthesis_with_no_day_adds_nothing():
    assert claim_fields("Пропавшими числятся 40 человек (из них 6 — дети).", "ru") == [
        ("missing", "all", 40, None, None, "exact", None),
        ("missing", "children", 6, None, None, "exact", 0),
    ]
