"""Victims found by an investigation («установлено не меньше 23 потерпевших», «выявлены 12
потерпевших») suffered the act named before them, as victims recognised so do; named again
with «у» and an injury («у восьми потерпевших переломы») they are a part of those victims.
A case with no act of ours names no victims of one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_victims_found_suffered_the_act_and_their_injured_are_of_them():
    assert claim_fields(
        "Охранники избивали заключённых: установлено не менее 17 потерпевших, в том числе "
        "двое несовершеннолетних. У шестерых потерпевших зафиксированы переломы.",
        "ru",
    ) == [
        ("tortured", "all", 17, None, None, "at_least", None),
        ("tortured", "children", 2, None, None, "exact", 0),
        ("injured", "all", 6, None, None, "exact", 0),
    ]


def test_victims_of_no_act_of_ours_are_no_figure():
    assert claim_fields("По делу о мошенничестве установлено 40 потерпевших.", "ru") == []


def test_the_injured_named_by_another_noun_stay_apart():
    assert claim_fields(
        "В колонии скончались трое заключённых; ещё у пятерых заключённых зафиксированы переломы.",
        "ru",
    ) == [
        ("killed", "prisoners", 3, None, None, "exact", None),
        ("injured", "prisoners", 5, None, None, "exact", None),
    ]


def test_traumas_recorded_of_the_victims_are_injuries_of_them():
    assert claim_fields(
        "Следствием установлено, что надзиратели избивали осуждённых: потерпевшими признаны "
        "14 человек. У шести потерпевших диагностированы черепно-мозговые травмы.",
        "ru",
    ) == [
        ("tortured", "all", 14, None, None, "exact", None),
        ("injured", "all", 6, None, None, "exact", 0),
    ]
