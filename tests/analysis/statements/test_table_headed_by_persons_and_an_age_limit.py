"""A pipe table's header may name its column's act by a noun of persons that says what befell
them ("Köçkünlər", "Girovlar", "IDPs") rather than by a verb, and a column of a part may name
its group by an age limit alone ("onlardan 60 yaşdan yuxarı", "of whom over 70"), a number
that measures and does not make the header a row of figures. Tables written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str = "az") -> list[tuple]:
    """(category, subgroup, count, the count of the figure it is part of)."""
    claims = claim_fields(text, language, ("category", "subgroup", "count", "parent"))
    return [(c, s, n, claims[p][2] if p is not None else None) for c, s, n, p in claims]


def test_a_column_headed_by_displaced_persons_counts_the_displaced():
    text = "Kənd | Köçkünlər | onlardan uşaqlar\nAlmalı | 410 | 120\n"
    assert figures(text) == [("displaced", "all", 410, None), ("displaced", "children", 120, 410)]


def test_a_column_headed_by_hostages_counts_the_captured():
    found = figures("Kənd | Girovlar\nAlmalı | 17\nÇinarlı | 9\n")
    assert ("captured", "all", 17, None) in found
    assert ("captured", "all", 9, None) in found


def test_a_column_of_a_part_named_by_an_age_limit_counts_the_elderly():
    text = "Kənd | Köçkünlər | onlardan 60 yaşdan yuxarı\nAlmalı | 410 | 75\nÇinarlı | 95 | 0\n"
    found = figures(text)
    assert ("displaced", "elderly", 75, 410) in found
    assert ("displaced", "elderly", 0, 95) in found


def test_an_english_age_limit_column_counts_the_elderly_and_children():
    text = "Town | Displaced | of whom over 70 | of whom under 18\nBrask | 300 | 41 | 96\n"
    found = figures(text, "en")
    assert ("displaced", "elderly", 41, 300) in found
    assert ("displaced", "children", 96, 300) in found


def test_near_miss_a_header_of_residents_names_no_act():
    assert figures("Kənd | Sakinlər | Evlər\nAlmalı | 410 | 120\n") == []


def test_near_miss_an_age_limit_of_no_age_group_counts_nobody():
    text = "Kənd | Köçkünlər | onlardan 40 yaşdan yuxarı\nAlmalı | 410 | 75\n"
    assert figures(text) == [("displaced", "all", 410, None)]
