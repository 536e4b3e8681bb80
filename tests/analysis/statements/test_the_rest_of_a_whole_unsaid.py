"""The rest of a whole the sentence never counts ("Six of the dead were police officers; the
remaining 14 were civilians"), said to be of a group, is the sibling of the part before it:
its fate, no whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


def test_english_rest_said_to_be_a_group():
    text = "Of those arrested, eleven were students and the remaining 23 were women."
    assert _read(text, "en") == [
        ("detained", "students", 11, None),
        ("detained", "women", 23, None),
    ]


def test_russian_rest_after_a_dash():
    text = "Четверо погибших были полицейскими, остальные 9 — мирными жителями."
    assert [f[0] for f in _read(text, "ru")] == ["killed", "killed"]
    assert _read(text, "ru")[1][2:] == (9, None)


def test_azerbaijani_rest_with_its_copula():
    text = "Həlak olanlardan dördü jurnalist, qalan 9 nəfər isə dinc sakin olub."
    assert [f[0] for f in _read(text, "az")] == ["killed", "killed"]


def test_near_miss_a_rest_that_is_no_group():
    text = "Four of the passengers were killed; the remaining 30 were unhurt."
    assert [f[2] for f in _read(text, "en")] == [4]
