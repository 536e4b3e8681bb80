"""Persons said to be held now ("Hazırda 15 nəfər həbsdə saxlanılır"), after a count of all
who were held, are the part of them still held, as "hələ də" says; a count of another fate
said now and a count held now larger than the
whole are no such part. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_held_now_is_a_part_of_those_held():
    text = "Etiraz zamanı 70 nəfər saxlanılıb. Hazırda 15 nəfər inzibati həbsdə saxlanılır."
    assert _read(text) == [("detained", "all", 70, None), ("detained", "all", 15, 0)]


def test_near_miss_more_held_now_than_before_is_a_figure_of_its_own():
    text = "Mart ayında 10 nəfər saxlanılıb. Hazırda ölkədə 300 nəfər siyasi səbəblərlə həbsdə saxlanılır."
    assert _read(text)[-1] == ("detained", "all", 300, None)
