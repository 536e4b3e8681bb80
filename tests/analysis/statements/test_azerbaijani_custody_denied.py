"""Azerbaijani persons missing whose custody those who would hold them deny ("hakimiyyət
onların saxlanıldığını inkar edir", "polis onları saxladığını təsdiqləmir") have disappeared,
as in English and Russian. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_custody_denied():
    text = "Üç fəalımız mitinqdən bəri itkin düşüb; polis onların saxlanıldığını inkar edir."
    assert _read(text) == [("disappeared", "all", 3)]


def test_custody_not_confirmed_past_their_names():
    text = (
        "İki jurnalist - Əli Quliyev və Rauf Nəsirli - 3 martdan bəri itkin düşüb; "
        "DİN onların saxlanıldığını təsdiqləmir."
    )
    assert _read(text) == [("disappeared", "journalists", 2)]


def test_near_miss_a_search_confirmed():
    text = "Üç balıqçı itkin düşüb; polis onların axtarışının aparıldığını təsdiqləyir."
    assert _read(text) == [("missing", "fishermen", 3)]
