"""Azerbaijani "sərbəst buraxıb(lar)", "azadlığa buraxıb" (set free) in the active: the
bare converb "buraxıb" is as often "having left" and names no act, but with "sərbəst" or
"azadlığa" before it, it is a release in every form. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_part_of_the_taken_set_free_by_the_takers() -> None:
    text = "Quldurlar yoldan 9 nəfəri girov götürüb, onlardan üçünü axşam sərbəst buraxıblar."
    assert claim_fields(text, "az", FIELDS) == [
        ("captured", "all", 9, None),
        ("released", "all", 3, 0),
    ]


def test_set_free_by_the_police() -> None:
    text = "Polis bölməsi saxlanılan 14 tələbəni gecə azadlığa buraxıb."
    assert claim_fields(text, "az", ("category", "count")) == [("released", 14)]


def test_near_miss_left_their_homes() -> None:
    text = "Kəndin 40 ailəsi evlərini buraxıb qonşu rayona köçüb."
    assert [c for c in claim_fields(text, "az", FIELDS) if c[0] == "released"] == []


def test_students_are_no_demand() -> None:
    # "tələbə" (student) begins as "tələb" (demand) does: a counted noun is no call for a
    # release.
    assert claim_fields(
        "Dünən 11 tələbə azad edilib.", "az", ("category", "subgroup", "count")
    ) == [("released", "students", 11)]


def test_near_miss_a_release_demanded() -> None:
    text = "Valideynlər 11 tələbənin azad edilməsini tələb edirlər."
    assert claim_fields(text, "az", FIELDS) == []
