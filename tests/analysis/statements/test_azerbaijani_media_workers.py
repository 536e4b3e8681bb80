"""Media workers and representatives of the media ("media işçisi", "KİV nümayəndəsi") are
journalists, as "media workers" and «представители СМИ» are. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_media_workers_are_journalists():
    assert _read("Mitinqdə 6 media işçisi saxlanılıb.") == [("detained", "journalists", 6)]


def test_representatives_of_the_media_are_journalists():
    assert _read("Ötən ay 3 KİV nümayəndəsi döyülüb.") == [("tortured", "journalists", 3)]


def test_near_miss_workers_of_another_trade_are_no_group():
    assert _read("Mitinqdə 6 zavod işçisi saxlanılıb.") == [("detained", "all", 6)]
