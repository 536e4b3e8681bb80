"""A log's running total after its caption and a colon counts the act its caption names, else
the same tally as the log's running total before it, not the latest line's figure. Logs
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "parent")


def figures(text: str) -> list[tuple]:
    """(category, subgroup, count, the count of the figure it is part of)."""
    claims = claim_fields(text, "en", _FIELDS)
    return [(c, s, n, claims[p][2] if p is not None else None) for c, s, n, p in claims]


_CROSSING = (
    "Checkpoint log, Tuesday\n"
    "05:00 Running total since midnight: 120 persons crossed into Arvel on foot.\n"
    "06:10 Police detained 4 men at the barrier.\n"
    "09:00 Running total: 655.\n"
    "22:00 Running total for the day: 1,480.\n"
)


def test_a_bare_running_total_is_the_tally_before_it():
    found = figures(_CROSSING)
    assert ("displaced", "all", 655, None) in found
    assert ("displaced", "all", 1480, None) in found
    assert ("detained", "men", 4, None) in found


def test_a_running_total_whose_caption_names_the_act():
    text = (
        "Ward log, night shift\n"
        "21:10 Eight people with burns from the depot fire admitted.\n"
        "22:30 Running total of the injured received: 15.\n"
        "03:00 Running total of the injured received: 33, including four firefighters and two "
        "minors. Of the 33, one died in theatre.\n"
    )
    found = figures(text)
    assert ("injured", "all", 15, None) in found
    assert ("injured", "all", 33, None) in found
    assert ("injured", "children", 2, 33) in found
    assert ("killed", "all", 1, 33) in found


def test_near_miss_a_total_with_no_running_tally_restates_the_latest_figure():
    text = "Police detained 4 men at the barrier and 3 more at the bridge, a total of 7."
    found = figures(text)
    assert not any(c == "displaced" for c, _s, _n, _p in found)
