"""«Погибли 6 детей и ранены 23»: a Russian clause with its verb first, then «и», a second
verb and a bare count, leaves the group out because it is the one just said — the 23 are
children too. Not so for a count after a part closed by a comma, nor in a sentence of its own.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_the_second_half_takes_the_group_of_the_first():
    assert claim_fields("За неделю погибли 4 ребёнка и ранены 17.", "ru") == [
        ("killed", "children", 4, None, None, "exact", None),
        ("injured", "children", 17, None, None, "exact", None),
    ]


def test_after_a_part_closed_by_a_comma_the_count_is_of_everyone():
    assert claim_fields("Погибли 8 жителей, в том числе 3 ребёнка, и ранены 20.", "ru") == [
        ("killed", "all", 8, None, None, "exact", None),
        ("killed", "children", 3, None, None, "exact", 0),
        ("injured", "all", 20, None, None, "exact", None),
    ]


def test_a_count_in_a_sentence_of_its_own_keeps_no_group():
    assert claim_fields("Погибли 4 ребёнка. Ранены 17.", "ru") == [
        ("killed", "children", 4, None, None, "exact", None),
        ("injured", "all", 17, None, None, "exact", None),
    ]
