"""Azerbaijani: the active of "qaytarıl-" gives persons held back ("qarşı tərəf 4 girovu
qaytarıb"); the passive present "axtarılır" says persons are still sought, missing ("3
nəfər hələ də axtarılır"), not the participle of a suspect wanted; and persons forced to go
abroad ("ölkədən getməyə məcbur olub", "mühacirət etməyə məcbur olan") are displaced.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_hostages_given_back():
    assert _read("Danışıqlardan sonra qarşı tərəf 4 girovu qaytarıb.") == [
        ("released", "all", 4, None)
    ]


def test_given_back_in_the_simple_past():
    assert _read("Onlar yeddi əsiri geri qaytardılar.") == [("released", "all", 7, None)]


def test_still_sought():
    assert _read("Daşqından sonra 6 nəfər ölüb, 3 nəfər hələ də axtarılır.") == [
        ("killed", "all", 6, None),
        ("missing", "all", 3, None),
    ]


def test_near_miss_a_suspect_wanted_is_held():
    assert _read("Polisin axtardığı 2 nəfər saxlanılıb.") == [("detained", "all", 2, None)]


def test_forced_to_go_abroad():
    assert _read("Təqiblər səbəbindən 9 jurnalist ölkədən getməyə məcbur olub.") == [
        ("displaced", "journalists", 9, None)
    ]


def test_forced_to_emigrate():
    assert _read("Mühacirət etməyə məcbur olan 5 vəkil var.") == [("displaced", "lawyers", 5, None)]


def test_near_miss_going_to_work():
    assert _read("Bu il 9 jurnalist redaksiyaya işə getməyə başlayıb.") == []
