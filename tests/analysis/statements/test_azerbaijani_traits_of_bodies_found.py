"""Azerbaijani "Meyitlərin 11-nin əlləri bağlı olub" (of the bodies, eleven's hands were tied):
a part of the found dead taken from the bodies named again, with no group and no verb of its
own, tells what those bodies bore; a wound on them is how they died. No second count of the
found dead, none of the hurt. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_hands_tied_is_no_count():
    text = "Axtarış qrupu meşədə 26 nəfərin meyitini tapıb. Meyitlərin 8-nin gözləri bağlı olub."
    assert _read(text) == [("found_dead", "all", 26, None)]


def test_a_gunshot_wound_on_the_bodies_is_no_one_hurt():
    text = (
        "Qazıntı zamanı 40 nəfərin qalıqları çıxarılıb. "
        "Cəsədlərdən 9-unda güllə yarası aşkar edilib."
    )
    assert _read(text) == [("found_dead", "all", 40, None)]


def test_near_miss_a_group_of_the_bodies_stays():
    text = "Kənd yaxınlığında 26 nəfərin meyiti tapılıb. Meyitlərdən altısı qadındır."
    assert _read(text) == [("found_dead", "all", 26, None), ("found_dead", "women", 6, 0)]


def test_near_miss_bodies_found_elsewhere_stay():
    text = "Kənd yaxınlığında 26 nəfərin meyiti tapılıb. Meyitlərdən 5-i isə çayda tapılıb."
    assert _read(text) == [("found_dead", "all", 26, None), ("found_dead", "all", 5, 0)]
