"""Persons a list held before («Годом ранее в реестре значилось 4 390 человек») are the
count of that list as it stood: of the fate the list's latest figure counts. Persons who
only work at a register are none of it. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count"))


def test_persons_listed_a_year_before_are_the_list_as_it_stood():
    text = (
        "В списке числятся 2 310 пропавших без вести. Годом ранее в списке значилось 2 580 человек."
    )
    assert figures(text) == [("missing", 2310), ("missing", 2580)]


def test_persons_working_at_a_register_are_not_on_it():
    text = "В списке числятся 2 310 пропавших без вести. В реестре работают 40 человек."
    assert figures(text) == [("missing", 2310)]
