"""«…, раненых детей оказалось 15»: a group fronted before the copula may follow the participle
of its fate, which opens the clause; the count is of that group. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_a_participle_before_the_group():
    assert _read("По сведениям полиции, задержанных несовершеннолетних было 57.") == [
        ("detained", "children", 57, None),
    ]


def test_a_noun_of_the_fate_before_the_group():
    assert _read("По сведениям больницы, раненых подростков оказалось 11.") == [
        ("injured", "children", 11, None),
    ]


def test_the_fate_alone_before_the_copula():
    assert _read("По сведениям больницы, раненых было 11.") == [("injured", "all", 11, None)]
