"""Russian: «Раненых среди журналистов — 3 человека» — the act, then the group after «среди»,
then a dash and the count: the count is of that group and suffered that act."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _figures(text: str) -> list[tuple[str, str, int | None]]:
    claims = read_statement(text, "ru").to_dict()["claims"]
    return [(c["category"], c["subgroup"], c["count"]) for c in claims]


def test_the_wounded_among_a_group():
    assert _figures("Раненых среди журналистов — 3 человека.") == [("injured", "journalists", 3)]


def test_the_hurt_among_the_police():
    text = "Пострадавших среди сотрудников полиции — 9."
    assert _figures(text) == [("injured", "police officers", 9)]


def test_among_the_dead_before_a_dash_is_the_whole():
    # Near miss: «Среди погибших» names the whole, and the noun after the dash the group.
    assert _figures("Среди погибших — 4 ребёнка.") == [("killed", "children", 4)]
