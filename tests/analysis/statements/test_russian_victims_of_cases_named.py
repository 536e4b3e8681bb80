"""Russian names who the victims of counted cases were with the copula and the instrumental
(«в 31 случае пострадавшими были женщины», «жертвами стали подростки»): the part suffered the
cases' own act, not an injury, and is of the group named; cases after «из» that repeat an
earlier count («в 14 из 90 случаев») are those cases again. Persons in custody with a
disability («осуждённые с инвалидностью») are persons with disabilities. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Центр выявил 120 случаев пыток в колониях; в 17 случаях пострадавшими были женщины.",
            [("tortured", "all", 120, None), ("tortured", "women", 17, 0)],
        ),
        (
            "Зафиксировано 90 случаев избиения задержанных. В 14 случаях жертвами стали "
            "несовершеннолетние.",
            [("tortured", "all", 90, None), ("tortured", "children", 14, 0)],
        ),
        (
            "Зафиксировано 90 случаев избиения задержанных. В 14 из 90 случаев "
            "пострадавшими были женщины.",
            [("tortured", "all", 90, None), ("tortured", "women", 14, 0)],
        ),
    ],
)
def test_the_victims_of_cases_suffered_the_cases_act(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Охрана избила 40 заключённых, среди них шестеро заключённых с инвалидностью.",
            [("tortured", "all", 40, None), ("tortured", "persons with disabilities", 6, 0)],
        ),
        (
            "В колонии содержатся 300 осуждённых с инвалидностью.",
            [("detained", "persons with disabilities", 300, None)],
        ),
    ],
)
def test_persons_in_custody_with_a_disability(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_near_miss_the_hurt_of_a_count_of_persons_stay_hurt():
    # No cases are counted: those who «пострадали» were hurt.
    text = "При обстреле пострадали 14 человек."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "all", 14, None)]
