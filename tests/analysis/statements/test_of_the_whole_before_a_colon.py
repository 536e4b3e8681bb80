"""A whole named again by its number before a colon opens a list of its parts, as before a
comma: "Of the 212: 150 men, 40 women and 22 children". Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_list_after_the_whole_and_a_colon_is_its_parts():
    text = (
        "The commission has registered 212 missing persons. Of the 212: 150 men, "
        "40 women and 22 children."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("missing", "all", 212, None),
        ("missing", "men", 150, 0),
        ("missing", "women", 40, 0),
        ("missing", "children", 22, 0),
    ]


def test_a_bulleted_list_item_opened_so():
    text = (
        "Key findings\n"
        "- 212 persons reported missing to the commission\n"
        "- of the 212: 150 men, 40 women and 22 children"
    )
    claims = claim_fields(text, "en", FIELDS)
    assert claims[1:] == [
        ("missing", "men", 150, 0),
        ("missing", "women", 40, 0),
        ("missing", "children", 22, 0),
    ]
