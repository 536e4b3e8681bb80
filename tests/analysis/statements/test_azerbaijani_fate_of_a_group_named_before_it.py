"""Azerbaijani persons named by their fate in one word after a word naming their group
("Mülki itkinlərin 141-i qadın", of the civilian missing) are the latest part of that fate
counted by that word ("778-i mülki şəxsdir"), not the whole of the fate. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_of_the_civilian_dead_counted_as_a_part_before():
    text = (
        "Döyüşlərdə 500 nəfər həlak olub, onlardan 420-si hərbçi, 80-i mülki şəxsdir. "
        "Mülki ölənlərin 12-si uşaqdır."
    )
    assert claim_fields(text, "az", FIELDS)[3] == ("killed", "children", 12, 2)


def test_with_no_part_counted_by_that_word_the_whole():
    # Near miss: no part was counted as civilians; the part is of all the dead.
    text = "Döyüşlərdə 500 nəfər həlak olub. Mülki ölənlərin 12-si uşaqdır."
    assert claim_fields(text, "az", FIELDS)[1] == ("killed", "children", 12, 0)
