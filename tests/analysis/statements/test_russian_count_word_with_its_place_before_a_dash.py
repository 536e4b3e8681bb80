"""A Russian count word with the participle of a fate and a place before the dash of its
number («Наибольшее число погибших зарегистрировано в Центральном районе — 31 человек») counts
that fate there: a figure set in its place, beside the other places' figures, no total of them.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_count_word_before_a_place_and_a_dash():
    text = "Число раненых в Южном районе — 14 человек."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "all", 14, None)]


def test_a_place_said_last_is_one_row_beside_the_others():
    text = (
        "Наибольшее число погибших зарегистрировано в Центральном районе — 31 человек, в том "
        "числе 4 ребёнка. В Озёрном районе погибли 12 человек, в Горном — 7."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "all", 31, None),
        ("killed", "children", 4, 0),
        ("killed", "all", 12, None),
        ("killed", "all", 7, None),
    ]


def test_a_count_word_of_no_fate_is_no_figure():
    """Near miss: appeals are counted, no one a fate befell."""
    assert claim_fields("Число обращений в Южном районе — 14.", "ru", FIELDS) == []


def test_a_total_with_no_place_is_broken_down_by_the_rows():
    """Near miss: the toll first, with no place of its own, is what the rows break down."""
    text = "Всего погибли 40 человек. В Озёрном районе погибли 12 человек, в Горном — 7."
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "all", 40, None),
        ("killed", "all", 12, 0),
        ("killed", "all", 7, 0),
    ]
