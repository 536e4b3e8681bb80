"""Azerbaijani has no article: a singular noun of a group after "arasında" counts one of them
("Girovlar arasında qadın da var", a woman among the hostages). Followed by "yoxdur" it says
there is none of that group among them ("Saxlanılanlar arasında azyaşlı yoxdur"): a zero of
that group, a claim of its own (``zeros_of_a_group``). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_no_minor_among_the_detained():
    text = "Aksiyadan sonra 64 nəfər saxlanılıb. Saxlanılanlar arasında azyaşlı yoxdur."
    assert _read(text) == [("detained", "all", 64, None), ("detained", "children", 0, None)]


def test_no_woman_among_the_dead():
    text = "Zərbə nəticəsində 6 nəfər həlak olub. Həlak olanlar arasında qadın yoxdur."
    assert _read(text) == [("killed", "all", 6, None), ("killed", "women", 0, None)]


def test_near_miss_a_woman_among_the_hostages():
    text = "Silahlılar 12 nəfəri girov götürüb. Girovlar arasında qadın da var."
    assert _read(text) == [("captured", "all", 12, None), ("captured", "women", 1, 0)]
