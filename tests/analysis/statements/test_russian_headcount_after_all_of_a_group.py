"""«посёлок покинули почти все жители — около 900 человек»: a count set after «все» and its
group by a dash says how many the whole group was, and takes the act of its clause. A dash
after no «все» sets off no headcount. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


def test_all_residents_who_left_counted_after_a_dash():
    text = "После обстрела посёлок покинули почти все жители — около 900 человек."
    assert claim_fields(text, "ru", FIELDS) == [("displaced", 900, "about")]


def test_all_of_a_group_detained_counted_after_a_dash():
    text = "У здания администрации задержаны все участники пикета — 35 человек."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 35, "exact")]


def test_all_residents_who_stayed_are_no_figure():
    text = "Все жители — около 900 человек — остались в посёлке."
    assert claim_fields(text, "ru", FIELDS) == []
