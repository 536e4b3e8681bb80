"""A witness's headcount in a cell ("In my cell there were fourteen of us") counts persons
held: a cell keeps only the held, so the count is of the detained though no act of arrest is
told beside it. Persons gathered anywhere else ("We hid in the cellar. There were fifteen of
us") are no figure, nor are the cells counted. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_headcount_in_a_cell_counts_the_held():
    text = "In our cell there were twenty of us. At least six of the twenty were beaten."
    assert claim_fields(text, "en", FIELDS) == [("detained", 20, None), ("tortured", 6, 0)]


def test_a_headcount_with_the_cell_after_it():
    text = "There were nine of us in that cell for a month."
    assert claim_fields(text, "en", FIELDS) == [("detained", 9, None)]


def test_near_miss_persons_gathered_elsewhere_are_no_figure():
    assert claim_fields("We hid in the cellar. There were fifteen of us.", "en", FIELDS) == []


def test_near_miss_cells_counted_are_no_figure():
    assert claim_fields("There were 12 cells in the block.", "en", FIELDS) == []
