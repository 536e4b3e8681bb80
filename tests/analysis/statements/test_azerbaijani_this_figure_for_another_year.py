"""A figure given again as "bu rəqəm" for another year ("2025-ci ildə isə bu rəqəm 40 olub")
is set beside the statement's own figure for comparison: the parts said after ("Saxlanılan
fəallardan 5-i", "onlardan 12-si") are of the statement's own figure. Where no "this figure"
stands, the parts are of the latest figure. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_parts_are_of_this_years_figure():
    text = (
        "Hesabat ilində 57 fəal həbs edilib, 2025-ci ildə isə bu rəqəm 40 olub. "
        "Həbs olunanlardan 12-si hələ də təcridxanadadır."
    )
    assert _read(text) == [
        ("detained", "all", 57, None),
        ("detained", "all", 40, None),
        ("detained", "all", 12, 0),
    ]


def test_near_miss_without_this_figure_the_latest_is_the_whole():
    text = (
        "Mart ayında 57 fəal həbs edilib, aprel ayında isə 40 fəal saxlanılıb. "
        "Həbs olunanlardan 12-si hələ də təcridxanadadır."
    )
    assert _read(text)[-1] == ("detained", "all", 12, 1)
