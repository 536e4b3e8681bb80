"""Azerbaijani kiosks of a market ("ticarət köşkü", "köşk") destroyed or burnt are market
stalls; a kiosk named as a place of persons hurt counts nothing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_trade_kiosks_burnt():
    text = "Zərbə nəticəsində bazarda 40-a yaxın ticarət köşkü yanıb."
    assert claim_fields(text, "az", FIELDS) == [("property_destroyed", "market stalls", 40)]


def test_kiosks_destroyed():
    text = "Bazarda on iki köşk tamamilə dağılıb."
    assert claim_fields(text, "az", FIELDS) == [("property_destroyed", "market stalls", 12)]


def test_a_kiosk_as_a_place_counts_nothing():
    # Near miss: the kiosk is where persons were hurt.
    text = "Köşkdə 3 nəfər yaralanıb."
    assert claim_fields(text, "az", FIELDS) == [("injured", "all", 3)]
