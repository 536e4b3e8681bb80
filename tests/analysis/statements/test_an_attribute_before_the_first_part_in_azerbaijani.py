"""Azerbaijani "onların arasında əlilliyi olan 3 nəfər": a singular noun of a group right after a
marker of parts counts one person ("o cümlədən hamilə qadın"), but not when a count follows it:
then it only says who the counted are. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_no_one_person_read_from_an_attribute_of_a_count():
    text = "Həbsxanada 40 nəfər döyülüb; onların arasında əlilliyi olan 3 nəfər var."
    assert all(count != 1 for _, _, count, _ in claim_fields(text, "az", FIELDS))


def test_near_miss_a_single_person_after_the_marker():
    text = "Partlayışda 7 nəfər yaralanıb, o cümlədən hamilə qadın."
    assert ("injured", "pregnant women", 1, 0) in claim_fields(text, "az", FIELDS)
