"""«Сведения о 15 фактах применения насилия к заключённым»: violence used on persons held is
what statements count as torture; violence used on police officers is not. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_violence_on_prisoners_is_torture():
    text = "Комиссия получила сведения о 15 фактах применения насилия к заключённым СИЗО."
    assert claim_fields(text, "ru", FIELDS) == [("tortured", 15)]


def test_near_miss_violence_on_officers():
    text = "Суд рассмотрел 15 дел о применении насилия к сотрудникам полиции."
    assert ("tortured", 15) not in claim_fields(text, "ru", FIELDS)
