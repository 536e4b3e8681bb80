"""An Azerbaijani adverb of time ("hələ də", "hazırda") between the persons counted and a
predicate noun of a fate with its copula ("məcburi köçkündür", still displaced) says when; the
noun is still what they are. Before a verb the adverb ends the phrase as it did. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_still_displaced():
    assert _read("Rayonda 1200 sakin hələ də məcburi köçkündür.") == [("displaced", 1200, None)]


def test_a_part_now_displaced():
    assert _read("Onlardan 40-ı hazırda köçkündür.") == [("displaced", 40, None)]


def test_near_miss_still_held_by_a_verb():
    assert _read("120 nəfər hələ də saxlanılır.") == [("detained", 120, None)]


def test_near_miss_still_in_a_place():
    assert _read("120 nəfər hələ də kənddədir.") == []
