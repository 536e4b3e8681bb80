"""Azerbaijani "yaşlı" after a part with its possessive ("üçü yaşlıdır", three of them are
elderly) names the elderly: only a bare number before it is an age ("üç yaşlı uşaq", a
three-year-old child). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_three_of_the_dead_elderly() -> None:
    text = "Dünənki atəşdə ölənlərin dördü yaşlı insanlardır."
    assert claim_fields(text, "az", FIELDS) == [("killed", "elderly", 4)]


def test_near_miss_a_bare_number_is_an_age() -> None:
    text = "Atəş nəticəsində 6 nəfər yaralanıb, onların arasında dörd yaşlı qız var."
    assert (("injured", "elderly", 4)) not in claim_fields(text, "az", FIELDS)
