"""«продержали»: persons held for a while, the perfective of «держать», are detained, the count
before it too when the verb takes it up by «их». Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_the_count_after_the_verb():
    assert _read("Патруль продержал в гараже 16 человек.") == [("detained", "all", 16, None)]


def test_the_count_taken_up_by_a_pronoun():
    assert _read("Солдаты собрали у клуба 300 жителей и продержали их там до вечера.") == [
        ("detained", "all", 300, None),
    ]


def test_held_out_is_no_one_held():
    assert _read("Гарнизон из 40 человек продержался три дня.") == []
