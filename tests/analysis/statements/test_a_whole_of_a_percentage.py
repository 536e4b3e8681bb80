"""The whole of a percentage ("90 per cent of the 3,000 residents fled", «90 процентов из
3 000 жителей», "3 000 sakinin 90 faizi") is only how many there were: the verb is the
share's, which the draft does not count; a whole named by its participle keeps it.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count"))


def test_english_whole_of_a_percentage():
    assert _read("Some 70 per cent of the 4,200 villagers fled the valley.", "en") == []


def test_russian_whole_of_a_percentage():
    assert _read("Около 70 процентов из 4 200 жителей покинули долину.", "ru") == []


def test_azerbaijani_whole_of_a_percentage():
    assert _read("4 200 sakinin təxminən 70 faizi dərədən qaçıb.", "az") == []


def test_near_miss_a_whole_named_by_its_participle():
    assert _read("500 saxlanılanın 40 faizi işgəncəyə məruz qalıb.", "az") == [("detained", 500)]
    assert _read("Около 40 процентов из 500 задержанных подверглись пыткам.", "ru") == [
        ("detained", 500)
    ]
