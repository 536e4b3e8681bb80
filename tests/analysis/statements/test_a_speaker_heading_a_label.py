"""An English label that ends in a group's noun in the singular ("Chief doctor:", "Head
nurse:") names the one person who gave the figure after it, not whom it counts; the plural
("Nurses:") still names the group counted. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_a_singular_title_is_the_speaker():
    text = "Senior nurse: 14 wounded brought in overnight from the market."
    assert claim_fields(text, "en", FIELDS) == [("injured", "all", 14)]


def test_a_plural_is_the_group_counted():
    text = "Nurses: 3 wounded in the strike on the clinic."
    assert claim_fields(text, "en", FIELDS) == [("injured", "medical workers", 3)]
