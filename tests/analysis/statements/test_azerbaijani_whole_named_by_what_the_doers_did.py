"""An Azerbaijani object participle of an act before a noun in the ablative ("Saxladıqları
jurnalistlərdən 6-sı", of the journalists they held, six; "polisin saxladığı", whom the police
held) names the whole the part is taken from, as the subject participle ("saxlanılan
jurnalistlərdən") does. A clause that is no act ("Görüşdüyümüz jurnalistlərdən", whom we
met) names no such whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_part_of_those_they_held():
    text = "Hərbçilər postda 30 nəfəri saxlayıb. Saxladıqları jurnalistlərdən 6-sı döyülüb."
    assert _read(text) == [("detained", 30, None), ("tortured", 6, 0)]


def test_part_of_those_the_police_held():
    text = "Aksiya zamanı 30 nəfər saxlanılıb. Polisin saxladığı tələbələrdən 6-sı döyülüb."
    assert _read(text) == [("detained", 30, None), ("tortured", 6, 0)]


def test_near_miss_those_we_met():
    text = "Aksiya zamanı 30 nəfər saxlanılıb. Görüşdüyümüz jurnalistlərdən 6-sı döyülüb."
    assert _read(text) == [("detained", 30, None), ("tortured", 6, None)]
