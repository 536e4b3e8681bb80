"""A toll revised to a number is that number, and the earlier report it replaces no claim:
«уточнило число погибших до 15», "ölənlərin sayını 15-ə qədər dəqiqləşdirib", "Əvvəlcə …
bildirilirdi". Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Сначала говорили о 9 погибших. Затем штаб уточнил число погибших до 13.", "ru"),
        ("Əvvəlcə 9 nəfərin həlak olduğu bildirilirdi. Sonra qərargah ölənlərin sayını 13-ə "
         "qədər dəqiqləşdirib.", "az"),
        ("Initially 9 deaths were reported. Earlier reports said 9 people had been killed. "
         "The headquarters later revised the toll to 13.", "en"),
    ],
)  # fmt: skip
def test_the_revised_toll_is_the_number_revised_to(text, language):
    assert ("killed", 13, "exact") in claim_fields(text, language, FIELDS)


def test_the_earlier_report_is_no_claim_in_azerbaijani():
    text = "Əvvəlcə 9 nəfərin həlak olduğu bildirilirdi. Sonra qərargah ölənlərin sayını 13-ə "
    text += "qədər dəqiqləşdirib."
    assert claim_fields(text, "az", FIELDS) == [("killed", 13, "exact")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Погибли до 13 человек.", "ru"),
        ("9 nəfərin həlak olduğu bildirilirdi.", "az"),
    ],
)
def test_near_miss_up_to_and_a_plain_report(text, language):
    found = claim_fields(text, language, FIELDS)
    assert found in ([("killed", 13, "at_most")], [("killed", 9, "exact")])
