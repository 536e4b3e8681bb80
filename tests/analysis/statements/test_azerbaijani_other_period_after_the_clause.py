"""An Azerbaijani figure of another period in a parenthesis after the figure's whole clause
("7 ölüm faktı qeydə alınıb (ötən ilin eyni dövründə - 10)") counts the same act for that
period, a claim of its own. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_other_period_after_the_verb_phrase():
    text = "Bu il həbsxanalarda 9 ölüm faktı qeydə alınıb (ötən ilin eyni dövründə - 14)."
    assert claim_fields(text, "az", FIELDS) == [("killed", 9, None), ("killed", 14, None)]


def test_a_place_in_the_parenthesis_is_no_other_period():
    # Near miss: the parenthesis names a place, not an earlier time.
    text = "Bu il həbsxanalarda 9 ölüm faktı qeydə alınıb (Şəki rayonunda - 3)."
    assert claim_fields(text, "az", FIELDS) == [("killed", 9, None)]
