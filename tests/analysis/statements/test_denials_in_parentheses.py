"""A denial in a parenthesis ("(earlier reports had said eight)", «(ранее сообщалось о
восьми)», "(əvvəlcə 8 nəfərin öldüyü bildirilmişdi)") denies the figure the parenthesis gives,
not the figures of its sentence; so does an earlier report after a comma ("…, earlier reports
had said 12", «…, ранее сообщалось о 12»). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nine fishermen drowned (earlier reports had said eleven), and 14 were injured.", "en"),
        ("Утонули девять рыбаков (ранее сообщалось об одиннадцати), ранены 14.", "ru"),
        (
            "9 balıqçı boğularaq ölüb (əvvəlcə 11 nəfərin öldüyü bildirilmişdi), 14 nəfər "
            "yaralanıb.",
            "az",
        ),
    ],
)
def test_a_denial_in_a_parenthesis_denies_only_its_figure(text, language):
    assert claim_fields(text, language, ("category", "count")) == [
        ("killed", 9),
        ("injured", 14),
    ]


def test_a_denial_outside_a_parenthesis_still_denies_its_clause():
    text = "Ранее сообщалось о гибели 11 рыбаков (в том числе двух подростков)."
    assert claim_fields(text, "ru", ("category", "count")) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("At least 41 people were killed, earlier reports had said 12.", "en"),
        ("Число погибших возросло до 41, ранее сообщалось о 12 погибших.", "ru"),
        ("41 nəfər həlak olub, əvvəlcə 12 nəfərin həlak olduğu bildirilmişdi.", "az"),
    ],
)
def test_an_earlier_report_after_a_comma_denies_its_own_clause(text, language):
    assert claim_fields(text, language, ("category", "count", "parent")) == [("killed", 41, None)]


def test_a_denial_after_a_comma_still_denies_the_figure_before_it():
    text = "Twelve people died, the reports of 40 dead are false."
    assert claim_fields(text, "en", ("category", "count")) == [("killed", 12)]
