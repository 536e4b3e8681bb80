"""An Azerbaijani "none" said of a group named in the ablative before the participles of the
acts ("həkimlərdən həlak olan və ya yaralanan olmayıb", "polis əməkdaşlarından da zərər çəkən
olmayıb") is a zero of that group, for each act joined by "və" or "və ya". Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_none_of_a_group_for_each_act_joined_by_or():
    text = "Bu ay humanitar işçilərdən həlak olan və ya yaralanan olmayıb."
    assert _read(text) == [("killed", "aid workers", 0), ("injured", "aid workers", 0)]


def test_none_of_a_group_after_nor():
    text = "Mitinq zamanı heç kim yaralanmayıb, jurnalistlərdən də zərər çəkən olmayıb."
    assert _read(text) == [("injured", "all", 0), ("injured", "journalists", 0)]


def test_things_harmed_are_no_persons():
    assert _read("Zərər çəkən 12 ev bərpa olunub.") == []
