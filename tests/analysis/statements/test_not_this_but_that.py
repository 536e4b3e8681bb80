"""Russian names a count it takes back first: «не N, а M» ("not N but M"). The latest figure
that gave N is given as M instead; a pair of counts of things, or one no figure gave, changes
nothing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count"))


def test_the_count_taken_back_is_given_as_the_right_one():
    text = "В школе разместили тридцать восемь человек. Простите, не тридцать восемь, а сорок один."
    assert figures(text) == [("displaced", 41)]


def test_a_pair_of_counts_of_things_corrects_no_figure():
    text = "В школе разместили 38 человек. Нужны не 38, а 41 матрас."
    assert figures(text) == [("displaced", 38)]


def test_a_count_no_figure_gave_is_no_correction():
    text = "В школе разместили 38 человек. Не 30, а 41 — столько мест в спортзале."
    assert figures(text) == [("displaced", 38)]
