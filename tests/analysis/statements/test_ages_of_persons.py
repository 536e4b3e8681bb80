"""A person's age is no count: "a woman of 80", a bare number set off by commas after a name
("farmer Ada Quell, 58, said"), and what a clause says an age was ("The average age of the 40
people killed was 34", «Средний возраст погибших — 34»). Sentences written here."""

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


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The average age of the 40 people killed was 34.", "en", [("killed", 40)]),
        ("The median age of those killed was 34.", "en", []),
        ("Средний возраст 40 погибших составил 34.", "ru", [("killed", 40)]),
        ("Средний возраст погибших — 34.", "ru", []),
        ("Həlak olan 40 nəfərin orta yaşı 34 idi.", "az", [("killed", 40)]),
    ],
)
def test_the_age_a_clause_says_an_age_was_is_no_count(text, language, expected):
    assert claim_fields(text, language, ("category", "count")) == expected


def test_a_count_after_a_clause_about_ages_is_a_count():
    text = "Of those killed, whose ages ranged widely, 34 were men."
    assert claim_fields(text, "en", ("category", "count")) == [("killed", 34)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yaralananlar arasında altı uşaq var, onlardan ən kiçiyinin iki yaşı var.",
            [("injured", 6)],
        ),
        ("Öldürülən kişinin 67 yaşı vardı.", []),
        ("80 yaşına çatmış dörd sakin yaralanıb.", [("injured", 4)]),
    ],
)
def test_an_azerbaijani_age_had_or_reached_is_no_count(text, expected):
    """ "iki yaşı var" (is two), "80 yaşına çatmış" (who reached 80): the number is an age."""
    assert counts(text, "az") == expected
