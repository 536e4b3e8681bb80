"""Azerbaijani "Üç tibb işçisi həlak olub, daha iki nəfər yaralanıb": a count said as more
("daha") of the group just counted, with only "nəfər" (persons) as its noun, counts that
group, as "two more" does. A bare "iki nəfər" with no "daha", or a count that names its own
group, keeps its own. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_more_persons_in_azerbaijani():
    text = "Üç tibb işçisi həlak olub, daha iki nəfər yaralanıb."
    assert claim_fields(text, "az", FIELDS) == [
        ("killed", "medical workers", 3),
        ("injured", "medical workers", 2),
    ]


def test_near_miss_no_more_or_a_group_of_its_own():
    text = "Üç tibb işçisi həlak olub, iki nəfər yaralanıb."
    assert claim_fields(text, "az", FIELDS)[1] == ("injured", "all", 2)
    text = "Üç tibb işçisi həlak olub, daha iki polis əməkdaşı yaralanıb."
    assert claim_fields(text, "az", FIELDS)[1] == ("injured", "police officers", 2)
