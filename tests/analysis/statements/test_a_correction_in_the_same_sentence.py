"""A correction replaces the latest figure before it of what its own figure counts, in its
own sentence too: "the register lists 14 people detained in the raid; the correct figure is
nine" leaves nine detained only. "The corrected figure is 9" corrects as "the correct figure"
does. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_the_figure_before_the_correction_in_its_sentence_is_replaced():
    text = (
        "Item 3 of the last minutes lists 14 people detained in the raid on the market; "
        "the correct figure is nine."
    )
    assert claim_fields(text, "en", FIELDS) == [("detained", 9)]


def test_a_figure_of_another_act_before_it_stands():
    # Near miss: the wounded are not what the correction counts.
    text = (
        "The minutes list 3 people killed and 14 injured in the raid; the correct figure "
        "for the injured is 12."
    )
    assert claim_fields(text, "en", FIELDS) == [("killed", 3), ("injured", 12)]


def test_the_corrected_figure_corrects_the_sentence_before():
    text = "Our last update said 30 people were injured in the blast. The corrected figure is 20."
    assert claim_fields(text, "en", FIELDS) == [("injured", 20)]
