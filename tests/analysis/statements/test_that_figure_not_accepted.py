"""A clause that refuses "that figure" as the object of its verb ("The tribunal cannot
accept that figure", «Суд эту цифру не принял», «трибунал не признаёт эту цифру») rejects the figure
before it, as one that opens with it does; a figure "not accepted" in its own clause is no
claim either. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The defence claimed that 75 prisoners were beaten. The tribunal did not accept "
         "that figure.", "en"),
        ("The defence claimed that 75 prisoners were beaten. The tribunal rejects that figure "
         "outright.", "en"),
        ("Защита утверждала, что избиты 75 заключённых. Трибунал эту цифру не принял.", "ru"),
        ("Защита утверждала, что избиты 75 заключённых. Трибунал не признаёт эту цифру.", "ru"),
    ],
)  # fmt: skip
def test_that_figure_refused_is_no_claim(text, language):
    assert claim_fields(text, language, ("count",)) == []


def test_a_figure_not_accepted_in_its_own_clause_is_no_claim():
    text = "The army's count of 14 dead was not accepted by any of the monitors."
    assert claim_fields(text, "en", ("count",)) == []


def test_that_figure_with_a_number_of_its_own_rejects_nothing_before():
    text = "Police detained 75 people. The monitors reject that figure and count 90."
    assert (90,) in claim_fields(text, "en", ("count",))
