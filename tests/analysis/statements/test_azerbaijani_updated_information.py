"""Azerbaijani running posts: "Yenilənmiş məlumata görə" (by the updated information) says
whose figures these are, as "according to" does; the participle before a noun opens no line
of update, so the tolls before it stand. A line of correction ("18:10 Düzəliş: əvvəlcə …
sayının 6 olduğu bildirilmişdi.") names the earlier toll of that count as wrong, wherever the
right one follows. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_updated_information_opens_no_update():
    text = (
        "Kəndə zərbə — canlı yayım\n"
        "10:00 Xəbər verilir ki, 3 nəfər həlak olub, 9 nəfər yaralanıb.\n"
        "12:30 Yenilənmiş məlumata görə, həlak olanların sayı 4-ə çatıb."
    )
    assert claim_fields(text, "az", FIELDS) == [("killed", 3), ("injured", 9), ("killed", 4)]


def test_a_line_of_update_replaces_what_came_before():
    # Near miss: "YENİLƏNİB" opening a line is an update, and the toll before it goes.
    text = "Bazarda 3 nəfər həlak olub.\nYENİLƏNİB (12:30). Bazarda 4 nəfər həlak olub."
    assert claim_fields(text, "az", FIELDS) == [("killed", 4)]


def test_a_line_of_correction_names_the_wrong_toll():
    text = (
        "Şəhərə raket zərbəsi — YENİLƏNİR\n"
        "09:00 Həlak olanların sayı 8-ə çatıb.\n"
        "11:15 Düzəliş: əvvəlcə həlak olanların sayının 8 olduğu bildirilmişdi. "
        "Yenilənmiş məlumata görə, 6 nəfər həlak olub."
    )
    assert claim_fields(text, "az", FIELDS) == [("killed", 6)]


def test_an_earlier_toll_of_another_count_stands():
    # Near miss: the correction names 8, not the 5 given before it.
    text = (
        "Şəhərə raket zərbəsi — YENİLƏNİR\n"
        "08:00 5 nəfər həlak olub.\n"
        "09:00 Həlak olanların sayı 8-ə çatıb.\n"
        "11:15 Düzəliş: əvvəlcə həlak olanların sayının 8 olduğu bildirilmişdi. "
        "Yenilənmiş məlumata görə, 6 nəfər həlak olub."
    )
    assert claim_fields(text, "az", FIELDS) == [("killed", 5), ("killed", 6)]
