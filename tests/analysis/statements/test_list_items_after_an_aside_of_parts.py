"""Items set one a line after a heading, one of them with an aside of its parts ("including
…"): the items after the aside are still items of the list, an age limit in a label naming
their group. Lists written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    """(category, subgroup, count, the count of the figure it is part of)."""
    claims = claim_fields(text, "en", ("category", "subgroup", "count", "parent"))
    return [(c, s, n, claims[p][2] if p is not None else None) for c, s, n, p in claims]


_BULLETIN = (
    "Since 1 May, 9,200 people have crossed into the country at the two points.\n\n"
    "Registered arrivals by group:\n"
    "Women: 3,100\n"
    "Children under 18: 3,500, including 120 who came alone\n"
    "Men: 2,000\n"
    "People over 65: 600\n"
)


def test_items_after_an_aside_of_parts_stay_in_the_list():
    found = figures(_BULLETIN)
    assert ("displaced", "children", 3500) in [f[:3] for f in found]
    assert ("displaced", "elderly", 600) in [f[:3] for f in found]
    assert ("displaced", "men", 2000) in [f[:3] for f in found]


def test_near_miss_the_aside_itself_is_no_item():
    found = figures(_BULLETIN)
    assert not any(n == 120 and p is not None for _c, _s, n, p in found)
