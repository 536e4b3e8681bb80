"""Key-figure lines ("Label ...... 3,100"): a part whose label says where its persons are
("of whom in transit camps") counts no group, neither the place nor the word that opens the
next line ("Civilians killed ..... 41"); a part whose label names a group still counts it, and
civilians named after a copula broken across lines of prose are still civilians. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_in_a_place_counts_no_group_of_the_next_line():
    text = (
        "KEY FIGURES\n"
        "  People displaced since May ........ 12,400\n"
        "    of whom in transit camps ......... 3,100\n"
        "  Civilians killed .................. 41\n"
    )
    assert claim_fields(text, "en", _FIELDS) == [
        ("displaced", "all", 12400, None),
        ("displaced", "all", 3100, 0),
        ("killed", "civilians", 41, None),
    ]


def test_a_part_in_a_named_place_counts_no_place():
    text = "Displaced since May: 12,400\nof whom in shelters: 3,100\n"
    assert claim_fields(text, "en", _FIELDS)[1] == ("displaced", "all", 3100, 0)


def test_a_part_that_names_a_group_counts_it():
    text = "Displaced since May: 12,400\nof whom children: 3,100\n"
    assert claim_fields(text, "en", _FIELDS)[1] == ("displaced", "children", 3100, 0)


def test_civilians_after_a_copula_on_the_next_line_of_prose_are_civilians():
    text = "Of the 80 people killed, 52 were\ncivilians and 28 soldiers."
    assert claim_fields(text, "en", _FIELDS)[1:] == [
        ("killed", "civilians", 52, 0),
        ("killed", "servicemen", 28, 0),
    ]
