""" "Three unarmed servicemen", "two disabled children": an adjective in -ed that is no
verb's past describes the group noun after it, which still names the group counted; a
participle of what befell them ("wounded") or a verb after the count is read as before.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_unarmed_before_servicemen():
    text = "Investigators say four unarmed servicemen were shot after they surrendered."
    assert _read(text) == [("killed", "servicemen", 4, "exact", None)]


def test_disabled_before_children():
    text = "The shelter housed refugees; two disabled children were hurt when its roof fell."
    assert _read(text) == [("injured", "children", 2, "exact", None)]


def test_unidentified_before_women_in_an_act_noun():
    text = "Police reported the discovery of the bodies of three unidentified women in a field."
    assert [c[1] for c in _read(text)] == ["women"]


def test_near_miss_a_verb_in_ed_after_the_count_is_no_adjective():
    text = "Nine villagers stayed behind; 20 people remained in the basement for a week."
    assert _read(text) == []
