"""English "they" as the subject of a verb of taking takes up the taker named in the sentence
before: after the police came, "they took nine men from the market" counts the detained;
after soldiers came, the captured. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_they_after_the_police_detain():
    text = "Officers of the city police arrived at dawn. They took nine men from the market."
    assert claim_fields(text, "en", FIELDS) == [("detained", "men", 9)]


def test_near_miss_they_after_soldiers_capture():
    text = "Soldiers of the brigade arrived at dawn. They took nine men from the market."
    assert claim_fields(text, "en", FIELDS) == [("captured", "men", 9)]
