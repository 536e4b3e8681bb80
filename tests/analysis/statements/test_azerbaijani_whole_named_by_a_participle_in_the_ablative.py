"""An Azerbaijani whole named by the participle of its act in the ablative ("20 saxlanılandan
6-sı döyülüb", "40 həbs edilənlərdən 12-si") is a figure of that act, and the part after it
is its part, as a whole named by a noun of fate ("64 yaralıdan") is. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_detained_named_by_their_participle():
    assert _read("Polis bölməsində 35 saxlanılandan 9-u döyülüb.") == [
        ("detained", 35, None),
        ("tortured", 9, 0),
    ]


def test_plural_participle_of_two_words():
    assert _read("28 həbs edilənlərdən 11-i azad edilib.") == [
        ("detained", 28, None),
        ("released", 11, 0),
    ]


def test_near_miss_participle_after_a_counted_noun():
    assert _read("35 nəfər saxlanılıb, 9-u döyülüb.") == [
        ("detained", 35, None),
        ("tortured", 9, 0),
    ]
