"""Azerbaijani leaves out an object just named: after a witness's count of "us" ("qırxa yaxın
adam idik"), the verb right after it with no object of its own ("iki gün orada saxladılar")
is done to us; a duration between them counts no one. Held by those who captured others
just before in the account, we were captives. Testimony written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "qualifier", "parent"))


def test_held_after_the_count_of_us():
    text = "Qırxa yaxın adam idik, iki gün orada saxladılar."
    assert _read(text) == [("detained", 40, "about", None)]


def test_held_by_those_who_took_others():
    text = (
        "Səhər 6 kişini apardılar. Bizi də məktəbə saldılar, qırxa yaxın adam idik, iki gün "
        "orada saxladılar."
    )
    assert _read(text) == [("captured", 6, "exact", None), ("captured", 40, "about", None)]


def test_near_miss_a_verb_of_our_own():
    assert _read("Qırx nəfər idik, iki gün kənddə qaldıq.") == []


def test_near_miss_a_verb_with_its_own_object():
    assert _read("Qırx nəfər idik, əsgərlər evləri yandırdılar.") == []
