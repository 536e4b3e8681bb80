"""Azerbaijani parts taken of persons named again as the victims ("zərərçəkənlərdən beşi", of
those who suffered it) or as the wounded in the nominative before "arasında" ("yaralılar
arasında"): parts of the latest figure those words name. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_a_part_of_the_victims():
    text = (
        "Prokurorluq bildirib ki, müstəntiqlər ən azı 23 məhbusu döyüb. "
        "Zərərçəkənlərdən beşinin qolu sınıb."
    )
    assert _read(text) == [("tortured", "all", 23, None), ("injured", "all", 5, 0)]


def test_among_the_wounded_in_the_nominative():
    text = "Daha 30 nəfər yaralanıb. Yaralılar arasında iki həkim var."
    assert _read(text) == [("injured", "all", 30, None), ("injured", "medical workers", 2, 0)]


def test_near_miss_a_count_of_its_own_after_the_victims():
    # The victims are named, but the count has a fate of its own and no marker before it.
    text = "Zərərçəkənlərin vəkilləri bildirib ki, 4 nəfər saxlanılıb."
    assert _read(text) == [("detained", "all", 4, None)]
