"""The strength of an armed unit («группа численностью около 40 человек», «отряд в составе
25 бойцов») is how many it numbers, not persons its act befell."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _figures(text: str) -> list[tuple[str, int | None]]:
    claims = read_statement(text, "ru").to_dict()["claims"]
    return [(c["category"], c["count"]) for c in claims]


def test_the_strength_of_the_group_is_no_figure():
    text = "Банда численностью около 40 человек похитила у переправы 12 туристов."
    assert _figures(text) == [("captured", 12)]


def test_nor_the_members_of_a_unit():
    text = "Патруль в составе 25 бойцов задержал на рынке шестерых торговцев."
    assert _figures(text) == [("detained", 6)]


def test_the_number_of_the_detained_is_a_figure():
    # Near miss: «численность» as the subject names the count of the detained.
    assert _figures("Численность задержанных превысила 60 человек.") == [("detained", 60)]
