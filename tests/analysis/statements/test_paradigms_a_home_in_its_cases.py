"""The Azerbaijani "ev" (house, home) in the cases of its singular, as its plural already was
(by "evlər*"): the genitive before a verbal noun ("40 evin dağıdılması") and the ablative of
a whole ("40 evdən 12-si"). Not by stem: "ev*" would take "evakuasiya". Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "qualifier"))


def test_the_genitive_before_the_verbal_noun():
    assert _read("Kənddə 40 evin dağıdılması faktı təsdiqlənib.") == [
        ("property_destroyed", "homes", 40, "exact")
    ]


def test_the_ablative_of_a_whole():
    claims = _read("Kənddəki 40 evdən 12-si tamamilə yandırılıb.")
    assert ("property_destroyed", "homes", 12, "exact") in claims


def test_evacuation_is_no_home():
    assert _read("Kənddən 300 sakin təxliyə edilib.") == [("displaced", "all", 300, "exact")]
