"""Persons abused or mistreated in custody were ill-treated (tortured, as statements count
it), not only held: "12 detainees were abused in custody", «В заключении жестокому
обращению подверглись 12 человек». Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("12 detainees were abused in custody.", "en"),
        ("Guards abused 12 detainees.", "en"),
        ("Twelve detainees were mistreated in detention, the monitors found.", "en"),
        ("12 задержанных подвергались жестокому обращению в заключении.", "ru"),
        ("В заключении жестокому обращению подверглись 12 человек.", "ru"),
    ],
)
def test_abuse_in_custody_is_ill_treatment(text, language):
    assert claim_fields(text, language, ("category", "count")) == [("tortured", 12)]


def test_held_and_not_abused_stays_held():
    assert claim_fields(
        "Police detained 12 protesters and abused their authority.", "en", ("category", "count")
    ) == [("detained", 12)]
