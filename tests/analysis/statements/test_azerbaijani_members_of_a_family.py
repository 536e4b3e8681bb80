"""A part named as members of a family ("Həlak olanlardan 4-ü eyni ailənin üzvləridir", four of
the dead were members of one family) counts persons, the members, not families; a count of
families ("6 ailə evsiz qalıb") still counts families. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_members_of_one_family_are_persons():
    text = "Zərbə nəticəsində 11 nəfər həlak olub. Həlak olanlardan 4-ü eyni ailənin üzvləridir."
    assert _read(text) == [("killed", "all", 11, None), ("killed", "all", 4, 0)]


def test_near_miss_families_are_families():
    assert _read("Zərbədən sonra 6 ailə evsiz qalıb.") == [("displaced", "families", 6, None)]
