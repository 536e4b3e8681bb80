"""Persons who received treatment were hurt, whoever gave it ("from paramedics"), as those who
received medical treatment were. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "qualifier", "parent")


def test_treatment_received_from_medics_is_injury():
    text = "Roughly 30 protesters received treatment from paramedics near the bridge."
    assert claim_fields(text, "en", _FIELDS) == [("injured", "protesters", 30, "about", None)]


def test_treatment_received_beside_an_arrest():
    text = "About 20 marchers received treatment, and four were detained."
    assert claim_fields(text, "en", _FIELDS) == [
        ("injured", "all", 20, "about", None),
        ("detained", "all", 4, "exact", None),
    ]


def test_near_miss_treatment_of_the_injured_counted_before_adds_no_figure():
    text = "Nine were wounded; all received treatment."
    assert claim_fields(text, "en", _FIELDS) == [("injured", "all", 9, "exact", None)]
