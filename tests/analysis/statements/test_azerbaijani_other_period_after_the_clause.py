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


def test_them_after_the_other_period_is_of_this_period():
    # The count of another period stands between the figure and "onlardan".
    text = (
        "Bu il həbsxanalarda 9 ölüm faktı qeydə alınıb (ötən ilin eyni dövründə - 14). "
        "Onlardan 6-sı ürək çatışmazlığı, 3-ü isə yanğın nəticəsində baş verib."
    )
    assert ("killed", 6, 0) in claim_fields(text, "az", FIELDS)


def test_them_after_a_count_of_a_place_is_left_alone():
    # Near miss: a count of a place, this period's, stands between them.
    text = (
        "Bu il həbsxanalarda 9 ölüm faktı qeydə alınıb (Şəki rayonunda - 4). Onlardan 3-ü "
        "ürək çatışmazlığı, 1-i isə yanğın nəticəsində baş verib."
    )
    assert ("killed", 3, 0) not in claim_fields(text, "az", FIELDS)
