"""A Russian count of persons serving a sentence whose sentence is shortened or softened
(«540 осуждённым сокращены сроки наказания», «смягчили наказание») is no figure: nothing new
befell them, and the noun of convicts alone does not make them a count of the held there.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "По итогам амнистии ещё 312 осуждённым сокращены сроки наказания.",
        "Суд смягчил наказание 45 заключённым.",
    ],
)
def test_a_shortened_sentence_is_no_figure(text):
    assert claim_fields(text, "ru", FIELDS) == []


def test_convicts_held_stay_a_figure():
    """Near miss: convicts held in a colony are held."""
    text = "В колониях области содержатся 312 осуждённых."
    assert claim_fields(text, "ru", FIELDS) == [("detained", "all", 312, None)]


def test_a_part_fined_stays_no_figure():
    """Near miss: a fine is a verb of no act, and a part fined stays no figure."""
    text = "У суда задержаны 40 участников акции. Семеро из них оштрафованы."
    assert claim_fields(text, "ru", FIELDS) == [("detained", "all", 40, None)]
