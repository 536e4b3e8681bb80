"""Azerbaijani says persons were made displaced with "köçkünə çevril-" (turned into the
displaced), with "məcburi" (forced) before it or in the active ("çevirib"): what they became,
so the group counted ("uşaq", children) stays their group, and the noun of the fate is no
head of their noun phrase. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_children_made_forcibly_displaced():
    text = "Döyüşlər nəticəsində 450 uşaq məcburi köçkünə çevrilib."
    assert _read(text) == [("displaced", "children", 450)]


def test_the_war_made_them_displaced():
    text = "Bombardmanlar 800 qadını köçkünə çevirib."
    assert _read(text) == [("displaced", "women", 800)]


def test_near_miss_the_displaced_counted_as_themselves():
    text = "Məktəb binasında 90 məcburi köçkün yaşayır."
    assert _read(text) == [("displaced", "all", 90)]
