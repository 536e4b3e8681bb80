"""«удалось прояснить судьбу 78 человек: 61 из них найдены погибшими»: «N из них» after a count
of persons no figure has speaks of those persons — no figure told before is its whole. A
count with a fate before «из них» stays the whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_of_them_of_persons_with_no_fate_has_no_whole():
    assert claim_fields(
        "В списках разыскиваемых 900 человек. Удалось установить судьбу 40 человек: 25 из "
        "них найдены погибшими.",
        "ru",
    ) == [
        ("missing", "all", 900, None, None, "exact", None),
        ("found_dead", "all", 25, None, None, "exact", None),
    ]


def test_of_them_of_a_count_with_a_fate_is_its_part():
    assert claim_fields("Погибли 20 человек: 5 из них дети.", "ru") == [
        ("killed", "all", 20, None, None, "exact", None),
        ("killed", "children", 5, None, None, "exact", 0),
    ]
