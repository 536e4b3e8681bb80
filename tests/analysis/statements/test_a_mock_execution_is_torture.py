"""A mock execution is torture, no killing: the execution in it is only staged ("12 described
mock executions", "a staged execution"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "The charity interviewed 52 former prisoners. Of them, 12 described mock executions.",
        "Investigators spoke to 80 survivors; 17 of them described mock executions.",
        "At least 9 detainees went through a staged execution in the yard.",
    ],
)
def test_a_mock_execution_is_torture(text):
    found = claim_fields(text, "en", FIELDS)
    assert not [f for f in found if f[0] == "killed"]
    assert any(f[0] == "tortured" for f in found)


def test_near_miss_an_execution_is_a_killing():
    assert claim_fields("Seven prisoners were executed in the yard.", "en", FIELDS) == [
        ("killed", 7)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Keçən ay təcridxanada üç saxlanılan saxta edamla hədələnib.",
        "Sorğu edilən 40 nəfərdən 8-i saxta edama məruz qaldığını bildirib.",
    ],
)
def test_an_azerbaijani_mock_execution_is_torture(text):
    found = claim_fields(text, "az", FIELDS)
    assert not [f for f in found if f[0] in {"killed", "detained"} and f[1] != 40]
    assert any(f[0] == "tortured" for f in found)


def test_near_miss_an_azerbaijani_execution_is_a_killing():
    assert claim_fields("Həyətdə beş nəfər edam edilib.", "az", FIELDS) == [("killed", 5)]
