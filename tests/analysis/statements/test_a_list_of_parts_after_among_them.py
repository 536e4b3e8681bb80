"""A list set out one item a line after a heading that opens with a marker of parts of a whole
counted before ("Among them:", "Of these:", "Among the 31 new cases:") is a list of that
whole's parts: each item takes the whole's act. An item's noun may follow one word that
qualifies it ("7 university students"). A heading that names neither an act nor parts heads
no figures. Lists written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_items_after_among_them_are_parts_of_the_whole_before():
    text = "The monitors recorded 44 disappearances in May. Among them:\n• 9 women;\n• 3 minors.\n"
    claims = claim_fields(text, "en", FIELDS)
    assert ("disappeared", "women", 9, 0) in claims
    assert ("disappeared", "children", 3, 0) in claims


def test_items_after_the_whole_named_again_by_its_count():
    text = (
        "The monitors recorded 44 new cases of enforced disappearance in May.\n"
        "Among the 44 new cases:\n- 9 women;\n- 6 university students.\n"
    )
    claims = claim_fields(text, "en", FIELDS)
    assert ("disappeared", "women", 9, 0) in claims
    assert ("disappeared", "students", 6, 0) in claims


def test_near_miss_a_heading_of_neither_acts_nor_parts():
    text = (
        "The monitors recorded 44 disappearances in May.\nOur team:\n• 9 lawyers;\n• 3 drivers.\n"
    )
    claims = claim_fields(text, "en", FIELDS)
    assert claims == [("disappeared", "all", 44, None)]
