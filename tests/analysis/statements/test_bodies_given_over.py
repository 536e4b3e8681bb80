"""Bodies given over to relatives or to a side are found dead, in Russian as in English and
Azerbaijani («родственникам передано 67 тел», "67 cəsəd qohumlarına təhvil verilib" — the
dative of the relatives does not own the bodies); a Russian «передан» says nothing of
persons or papers handed anywhere; remains identified and then handed over are identified.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("За неделю родственникам передано 44 тела.", "ru"),
        ("Семьям передали 44 тела погибших.", "ru"),
        ("Həftə ərzində 44 cəsəd qohumlarına təhvil verilib.", "az"),
        ("During the week 44 bodies were handed over to relatives.", "en"),
    ],
)
def test_bodies_given_over_are_found_dead(text, language):
    assert claim_fields(text, language, FIELDS) == [("found_dead", 44)]


@pytest.mark.parametrize(
    "text",
    ["Материалы на 44 задержанных переданы в суд.", "44 задержанных переданы полиции."],
)
def test_near_miss_persons_or_papers_handed_over(text):
    assert claim_fields(text, "ru", FIELDS) == [("detained", 44)]


def test_remains_identified_then_handed_over_are_identified():
    text = "Останки 44 человек после идентификации переданы семьям."
    assert claim_fields(text, "ru", FIELDS) == [("identified", 44)]
