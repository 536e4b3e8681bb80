"""«Не менее 20 человек после освобождения обратились к врачам»: a Russian noun of an act after a
preposition of time («после», «при», «во время», «в ходе») says when; the verb after it says what
befell the persons counted. With no preposition of time the noun is still their act.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    "text",
    [
        "Не менее 20 человек после освобождения обратились за медицинской помощью.",
        "Не менее 20 человек в ходе задержания получили травмы.",
        "Не менее 20 человек при задержании получили ранения.",
    ],
)
def test_the_verb_after_the_time_is_the_act(text):
    assert claim_fields(text, "ru", FIELDS) == [("injured", 20, "at_least")]


def test_a_noun_of_an_act_without_a_preposition_of_time_is_the_act():
    text = "Полиция сообщила об освобождении не менее 20 человек."
    assert claim_fields(text, "ru", FIELDS) == [("released", 20, "at_least")]
