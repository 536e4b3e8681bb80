"""Azerbaijani makes a range of ages an adjective too ("12-15 yaşlı", "12–15 yaş arası",
aged 12 to 15), standing before the noun it describes as "13 yaşlı" does: the noun after
it names the part's group. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_a_range_of_ages_between_the_ages():
    text = "Zərbədə 11 nəfər həlak olub, onlardan üçü 13–17 yaş arası yeniyetmədir."
    assert _read(text)[1] == ("killed", "children", 3, 0)


def test_a_range_of_ages_with_yashli():
    text = "Atışmada 9 nəfər yaralanıb, onlardan ikisi 10-12 yaşlı məktəblidir."
    assert _read(text)[1] == ("injured", "children", 2, 0)


def test_near_miss_a_range_of_ages_with_no_noun_after():
    text = "Atışmada 9 nəfər yaralanıb, onlardan ikisi 30-35 yaşlarında idi."
    assert _read(text)[1] == ("injured", "all", 2, 0)
