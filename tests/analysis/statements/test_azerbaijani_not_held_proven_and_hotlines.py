"""A court that "does not hold proven" a figure ("… qətlə yetirilməsini sübuta yetirilmiş hesab
etmir") rejects it; one that holds it proven does not. A hotline's number ("146 qaynar
xətti") counts no one, though the persons who answer it may be counted. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_not_held_proven_is_no_figure():
    text = "Məhkəmə daha dörd sakinin öldürülməsini sübuta yetirilmiş hesab etmir."
    assert _read(text) == []


def test_near_miss_held_proven_is_a_figure():
    text = "Məhkəmə on iki sakinin döyülməsini sübuta yetirilmiş hesab edib."
    assert _read(text) == [("tortured", "all", 12)]


def test_a_hotline_number_counts_no_one():
    text = "Yaxınları itkin düşənlər 125 qaynar xətti ilə əlaqə saxlaya bilərlər."
    assert _read(text) == []


def test_near_miss_hotline_operators_are_persons():
    text = "Zərbə nəticəsində 4 qaynar xətt operatoru yaralanıb."
    assert _read(text) == [("injured", "all", 4)]
