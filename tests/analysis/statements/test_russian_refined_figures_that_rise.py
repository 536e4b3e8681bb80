"""«По уточнённым данным» before a toll that rose («число погибших возросло до шести») gives
the toll's next step, and the step before it stands; before a figure said plainly («по
уточнённым данным, погибли шестеро») it corrects the figure before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_refined_toll_that_rose_keeps_the_step_before():
    text = (
        "Ночью при обстреле рынка погибли четыре человека. По уточнённым данным на полдень, "
        "число погибших возросло до шести."
    )
    assert claim_fields(text, "ru", FIELDS) == [("killed", 4, None), ("killed", 6, None)]


def test_a_refined_toll_that_rose_keeps_the_parts_before():
    text = (
        "При пожаре в общежитии погибли пять человек, в том числе трое детей. По уточнённым "
        "данным, число погибших выросло до восьми."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", 5, None),
        ("killed", 3, 0),
        ("killed", 8, None),
    ]


def test_a_refined_figure_said_plainly_replaces_the_one_before():
    """Near miss: no rise, so the refined figure corrects the one before."""
    text = (
        "Ночью при обстреле рынка погибли четыре человека. По уточнённым данным, погибли шестеро."
    )
    assert claim_fields(text, "ru", FIELDS) == [("killed", 6, None)]
