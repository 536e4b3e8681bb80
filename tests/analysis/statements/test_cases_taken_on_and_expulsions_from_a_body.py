"""Cases a lawyer or a clinic takes up or handles ("Our lawyers took up 120 cases") are their
work, not cases of the act told before ("lawyers documented 120 cases" still are); persons
expelled from a school, a university or a party ("80 students were expelled from the
college") left no home, unlike persons expelled from their village. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "parent"))


def test_cases_taken_up_are_no_victims():
    text = "Some 70 families fled the shelling. Our legal aid clinic took up 120 cases."
    assert [row for row in _read(text) if row[2] == 120] == []


def test_cases_handled_are_no_victims():
    text = "Police detained 35 people. The bar's volunteers handled 61 cases."
    assert _read(text) == [("detained", "all", 35, None)]


def test_cases_documented_stay_cases_of_the_act():
    text = "Enforced disappearance remained widespread: lawyers documented 57 cases."
    assert _read(text) == [("disappeared", "all", 57, None)]


@pytest.mark.parametrize(
    "text",
    [
        "80 students were expelled from the college for joining the strike.",
        "Nine members were expelled from the ruling party.",
    ],
)
def test_expelled_from_a_body_is_no_displacement(text):
    assert _read(text) == []


def test_expelled_from_a_village_is_displacement():
    assert _read("Soldiers expelled 250 villagers from the valley.")[0][:1] == ("displaced",)
