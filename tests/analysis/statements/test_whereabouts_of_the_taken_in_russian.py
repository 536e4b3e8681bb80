"""Persons taken whose whereabouts the next words say are unknown («их местонахождение
неизвестно») have disappeared, in Russian as in English ("their whereabouts remain
unknown"). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "qualifier", "parent"))


def test_abducted_whose_whereabouts_remain_unknown():
    text = (
        "В ночь на субботу из посёлка похищены 11 мужчин; их местонахождение до сих пор неизвестно."
    )
    assert _read(text) == [("disappeared", "men", 11, "exact", None)]


def test_detained_of_whose_fate_nothing_is_known():
    text = "Полиция задержала 23 активиста. Об их судьбе ничего не известно."
    assert _read(text) == [("disappeared", "activists", 23, "exact", None)]


def test_near_miss_their_fate_is_for_a_court():
    text = "Полиция задержала 23 активиста. Их судьбу решит суд."
    assert _read(text) == [("detained", "activists", 23, "exact", None)]


def test_near_miss_a_part_released_keeps_the_whole_detained():
    text = "Задержаны 23 активиста, из них 9 освобождены; их судьба неизвестна."
    assert _read(text) == [
        ("detained", "activists", 23, "exact", None),
        ("released", "activists", 9, "exact", 0),
    ]
