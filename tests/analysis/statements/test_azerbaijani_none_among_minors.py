"""None among a group named in three words before "arasında" ("yetkinlik yaşına çatmayanlar
arasında ölüm halı qeydə alınmayıb": no deaths among minors) is a zero of that group, as one
among a group of one word ("uşaqlar arasında") was. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_no_deaths_among_minors_is_a_zero_of_children():
    text = "İl ərzində yetkinlik yaşına çatmayanlar arasında ölüm halı qeydə alınmayıb."
    assert _read(text) == [("killed", "children", 0)]


def test_no_one_hurt_among_minors_is_a_zero_of_children():
    text = "Yetkinlik yaşına çatmayanlar arasında yaralanan yoxdur."
    assert _read(text) == [("injured", "children", 0)]


def test_near_miss_no_deaths_among_the_residents_of_a_place_is_everyone():
    text = "İl ərzində bu qəsəbənin sakinləri arasında ölüm halı qeydə alınmayıb."
    assert _read(text) == [("killed", "all", 0)]
