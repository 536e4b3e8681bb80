"""A number written as a year (1800–2100) that is the subject of an act said after an
auxiliary, or the part a relative or partitive marker opens, counts persons ("1850 were later
found dead", «1850 из которых», "onlardan 1850-si sonradan ölü tapılıb"); a year said as a
date stays a date. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

from rightsledger.analysis.statements import read_statement

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Of the 4120 persons reported missing, 1850 were later found dead.", "en"),
        ("The office listed 4120 missing persons, 1850 of whom were later found dead.", "en"),
        ("Из 4120 пропавших без вести 1850 были позднее найдены мёртвыми.", "ru"),
        ("Ведомство учло 4120 пропавших без вести, 1850 из которых позднее найдены мёртвыми.",
         "ru"),
        ("İdarə 4120 itkin düşmüş şəxsi qeydə alıb, onlardan 1850-si sonradan ölü tapılıb.",
         "az"),
    ],
)  # fmt: skip
def test_a_year_shaped_part_counts(text, language):
    assert claim_fields(text, language, FIELDS) == [
        ("missing", 4120, None),
        ("found_dead", 1850, 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In the winter of 1992, 1850 were killed.", "en"),
        ("1992-ci ildə 1850 nəfər həlak olub.", "az"),
    ],
)
def test_a_year_before_it_stays_a_date(text, language):
    reading = read_statement(text, language)
    assert [(c.category, c.count) for c in reading.claims] == [("killed", 1850)]
    assert [d.start[:4] for d in reading.dates] == ["1992"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The fortress was rebuilt in 1850, after the war.", "en"),
        ("By 1850, the village had a school.", "en"),
        ("Крепость перестроили в 1850 году.", "ru"),
    ],
)
def test_near_miss_a_year_said_as_a_date(text, language):
    reading = read_statement(text, language)
    assert not reading.claims
    assert [d.start[:4] for d in reading.dates] == ["1850"]
