"""A bare number right after a time that opens its part of the clause ("in February, 19",
«в феврале — 19», "fevralda 19") has the verb of the figure before it left out, as one after
a place has ("In Orsk, 19 died; in Lamm, 12"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In January, 12 civilians were killed; in February, 19; in March, 7.", "en"),
        ("В январе погибли 12 мирных жителей, в феврале — 19, в марте — 7.", "ru"),
        ("Yanvarda 12 mülki şəxs həlak olub, fevralda 19, martda isə 7.", "az"),
    ],
)
def test_months_after_the_first_take_its_verb(text, language):
    assert claim_fields(text, language, _FIELDS) == [
        ("killed", 12, None),
        ("killed", 19, None),
        ("killed", 7, None),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In 2022, 412 persons were detained; in 2023, 530.", "en"),
        ("В 2022 году задержаны 412 человек, в 2023 году — 530.", "ru"),
        ("2022-ci ildə 412 nəfər saxlanılıb, 2023-cü ildə isə 530 nəfər.", "az"),
    ],
)
def test_years_after_the_first_take_its_verb(text, language):
    assert claim_fields(text, language, _FIELDS) == [
        ("detained", 412, None),
        ("detained", 530, None),
    ]


def test_a_count_after_a_time_with_a_verb_of_its_own_keeps_it():
    text = "In 2022, 412 persons were detained; in 2023, 530 were released."
    assert claim_fields(text, "en", ("category", "count")) == [("detained", 412), ("released", 530)]


def test_a_count_of_another_year_described_by_it_is_no_gapped_one():
    text = "Keçən il etiraza görə 96 qadın saxlanılıb, 2022-ci ildəki 61 nəfərlə müqayisədə bu, xeyli çoxdur."
    assert claim_fields(text, "az", ("subgroup", "count")) == [("women", 96), ("women", 61)]
