"""Azerbaijani: a figure reported in the pluperfect ("bildirilmişdi") of a year named before it
is a figure of that year, which stands; without a year it is an earlier report a newer figure
replaces. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_a_figure_of_an_earlier_year_stands():
    text = (
        "Bu il kənddə 9 nəfər həlak olub. Qeyd edək ki, 2018-ci ildə də kənddə 7 əsgərin "
        "öldüyü bildirilmişdi."
    )
    assert claim_fields(text, "az", ("category", "subgroup", "count")) == [
        ("killed", "all", 9),
        ("killed", "servicemen", 7),
    ]


def test_an_earlier_report_of_the_day_is_replaced():
    text = "Kənddə 9 nəfər həlak olub. Mayın 3-də 12 nəfərin həlak olduğu bildirilmişdi."
    assert claim_fields(text, "az", ("category", "count")) == [("killed", 9)]
