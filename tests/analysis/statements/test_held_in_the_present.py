"""The Azerbaijani present of holding ("hələ 40 nəfəri saxlayır", "saxlayırlar") says persons are
still held: detained, in a statement as in the question an answer's count takes its fate from.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


def test_the_present_of_holding_is_detention():
    text = "Məlumata görə, polis hələ də 40 nəfəri şöbədə saxlayır."
    assert claim_fields(text, "az", FIELDS) == [("detained", 40, "exact")]


def test_an_answer_takes_the_present_of_holding_from_its_question():
    text = "SUAL: Hazırda neçə nəfəri saxlayırlar?\nCAVAB: Əlimizdəki siyahıda 250-yə yaxın ad var."
    assert claim_fields(text, "az", FIELDS) == [("detained", 250, "about")]
