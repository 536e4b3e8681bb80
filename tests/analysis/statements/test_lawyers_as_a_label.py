"""Lawyers counted as a group are a free label, as other occupations named by the text are; a
lawyer only mentioned, or one lawyer, is no count of them. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Security officers arrested 7 lawyers outside the court.", ("detained", "lawyers", 7)),
        ("Three defence lawyers were beaten in custody.", ("tortured", "lawyers", 3)),
    ],
)
def test_lawyers(text, expected):
    assert expected in claim_fields(text, "en", FIELDS)


def test_near_miss_a_lawyer_only_mentioned():
    text = "Sixty detainees were held for weeks without access to a lawyer."
    assert claim_fields(text, "en", FIELDS) == [("detained", "all", 60)]


def test_near_miss_one_lawyer():
    text = "A lawyer who has defended 12 detainees was threatened."
    assert not [f for f in claim_fields(text, "en", FIELDS) if f[1] == "lawyers"]
