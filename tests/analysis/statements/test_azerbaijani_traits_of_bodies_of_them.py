"""After a count of the found dead, "onlardan yeddisinin əlləri bağlı olub" (the hands of seven
of them were tied) tells what those bodies bore, as "meyitlərin yeddisinin" does: no second
count of the found dead. "Onlardan 5-i qadındır" names a group and stays, as does a part
found somewhere of its own. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_hands_of_some_of_them_tied():
    text = "Məzarlıqda 19 nəfərin cəsədi aşkarlanıb, onlardan yeddisinin əlləri bağlı olub."
    assert _read(text) == [("found_dead", "all", 19, None)]


def test_near_miss_a_group_of_them():
    text = "Məzarlıqda 19 nəfərin cəsədi aşkarlanıb, onlardan 5-i qadındır."
    assert _read(text) == [("found_dead", "all", 19, None), ("found_dead", "women", 5, 0)]


def test_near_miss_some_of_them_found_elsewhere():
    text = "Məzarlıqda 19 nəfərin cəsədi aşkarlanıb, onlardan 5-i kəndin kənarında tapılıb."
    assert _read(text) == [("found_dead", "all", 19, None), ("found_dead", "all", 5, 0)]


def test_a_wound_of_some_of_the_bodies_in_the_genitive_left_unnested():
    text = "İyirmi üç cəsəd tapılıb, onlardan doqquzunun sinəsində güllə yarası var."
    assert _read(text) == [("found_dead", "all", 23, None)]


def test_near_miss_the_state_of_some_of_the_wounded_stays():
    text = "İyirmi üç nəfər yaralanıb, onlardan doqquzunun vəziyyəti ağırdır."
    assert _read(text) == [("injured", "all", 23, None), ("injured", "all", 9, 0)]
