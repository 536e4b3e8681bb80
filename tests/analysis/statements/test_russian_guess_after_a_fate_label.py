"""«Раненых — человек двадцать»: the noun before the number says about that many, also after
persons named by their fate as the label; a number before the fate makes it a count of its
own. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


def test_a_guess_after_the_fate():
    text = "Очевидцы говорят, что убитых человек пятнадцать."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 15, "about")]


def test_near_miss_a_number_before_the_fate():
    text = "Из 60 раненых человек 12 остаются в больнице."
    assert claim_fields(text, "ru", FIELDS)[0] == ("injured", 60, "exact")
