"""A part of things destroyed, with no noun of its own, is of the same things, destroyed ("Of
the destroyed houses, 20 are in Upper Kell", «из разрушенных домов 20 — в Нижнем Броде»,
"dağılmış evlərdən 20-si Keçid kəndindədir"): the place where they stand names no kind of
property, and a house is not killed. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Shelling in March destroyed 85 houses. Of the destroyed houses, 20 are in Upper "
         "Kell.", "en"),
        ("В марте обстрелами разрушено 85 домов. Из разрушенных домов 20 стоят в Нижнем "
         "Броде.", "ru"),
        ("Mart ayında atəş nəticəsində 85 ev tam dağılıb; tam dağılmış evlərdən 20-si Keçid "
         "kəndindədir.", "az"),
    ],
)  # fmt: skip
def test_a_part_of_houses_destroyed_is_houses_destroyed(text, language):
    assert ("property_destroyed", "homes", 20, 0) in claim_fields(text, language, FIELDS)


def test_a_note_under_a_table_names_its_whole_in_the_ablative():
    text = (
        "Obyekt | Tam dağılmış\nEvlər | 85\nMəktəblər | 3\n"
        "Qeyd: tam dağılmış evlərdən 20-si Dəmirçi kəndindədir."
    )
    assert ("property_destroyed", "homes", 20, 0) in claim_fields(text, "az", FIELDS)
