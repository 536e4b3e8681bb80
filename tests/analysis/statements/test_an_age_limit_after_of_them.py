"""An age limit right after "N of them" says how old that part is ("12 children, 4 of them
under five"), as after a bare count ("4 under five"): no count of its own. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_under_five_after_of_them_is_an_age():
    text = "The strike killed 41 people, including 15 children, 6 of them under five."
    assert _read(text) == [
        ("killed", "all", 41, "exact", None),
        ("killed", "children", 15, "exact", 0),
        ("killed", "children", 6, "exact", 1),
    ]


def test_over_seventy_after_of_whom_is_an_age():
    text = "Guards held 25 villagers, 3 of whom over 70 died in the cellar."
    assert [c[:3] for c in _read(text)][-1] == ("killed", "elderly", 3)


def test_near_miss_a_bound_on_a_count_of_them_stays_a_count():
    text = "Police held 30 protesters overnight; at most 12 of them were released."
    assert _read(text)[-1] == ("released", "protesters", 12, "at_most", 0)
