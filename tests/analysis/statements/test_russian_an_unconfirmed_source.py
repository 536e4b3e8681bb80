"""«по неподтверждённым данным» (according to unconfirmed reports) before a figure is a hedge
on its source: the figure is still given. A figure the text itself calls unconfirmed is not.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")


def test_a_figure_from_an_unconfirmed_source_is_given():
    text = "По неподтверждённым сведениям, ночью задержаны ещё 18 человек."
    assert claim_fields(text, "ru", FIELDS) == [("detained", "all", 18, "exact")]


def test_near_miss_a_figure_called_unconfirmed_is_not():
    text = "Сведения о 18 задержанных пока не подтверждены."
    assert claim_fields(text, "ru", FIELDS) == []
