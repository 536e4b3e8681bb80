"""Azerbaijani parts taken among persons named in the plural by what befell them:
"Yaralılar arasında 9 qadın var" (among the injured, nine women), "Saxlanılanlar arasında 2
jurnalist də var" — a part of the latest figure of that fate. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_part_among_the_injured_named_by_a_noun():
    text = (
        "Zərbə nəticəsində 12 nəfər həlak olub, 40 nəfər yaralanıb. Yaralılar arasında 9 qadın var."
    )
    assert _read(text) == [
        ("killed", "all", 12, None),
        ("injured", "all", 40, None),
        ("injured", "women", 9, 1),
    ]


def test_part_among_the_detained_named_by_a_participle():
    text = "Aksiya zamanı 75 nəfər saxlanılıb. Həbs edilənlər arasında 3 jurnalist də var."
    assert _read(text) == [("detained", "all", 75, None), ("detained", "journalists", 3, 0)]


def test_near_miss_a_group_named_by_no_fate_is_no_whole_of_a_fate():
    # "Kənd sakinləri arasında" names who they are, not what befell them: no part of the 75.
    text = "Aksiya zamanı 75 nəfər saxlanılıb. Kənd sakinləri arasında 3 nəfər yaralanıb."
    assert _read(text) == [("detained", "all", 75, None), ("injured", "all", 3, None)]
