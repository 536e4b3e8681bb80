"""«Шестеро погибших были женщинами», «… — сотрудники полиции»: a Russian count of a fate
said to be a group counts that group. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_group_after_a_copula():
    assert _read("Трое раненых были детьми.") == [("injured", "children", 3, None)]


def test_group_after_a_dash():
    assert _read("Трое раненых — журналисты.") == [("injured", "journalists", 3, None)]


def test_near_miss_a_place_after_a_copula():
    assert _read("Трое раненых были доставлены в больницу.") == [("injured", "all", 3, None)]
