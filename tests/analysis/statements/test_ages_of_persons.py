"""A person's age is no count: "a woman of 80", and a bare number set off by commas after a
name ("farmer Ada Quell, 58, said"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def counts(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count"))


def test_a_person_of_an_age():
    text = "Among the dead were a woman of 80 and her grandson."
    assert counts(text, "en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nine people were wounded in the attack, said farmer Ada Quell, 58.", "en"),
        ("В результате обстрела ранены девять человек, рассказал фермер Олег Кравец, 58.", "ru"),
        ("Atəş nəticəsində doqquz nəfər yaralanıb, deyə fermer Rauf Quliyev, 58, bildirib.",
         "az"),
    ],
)  # fmt: skip
def test_an_age_after_a_name(text, language):
    assert counts(text, language) == [("injured", 9)]
