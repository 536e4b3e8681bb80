"""What stands between a count and its verb: a phrase of time says when («двое задержанных в
тот же день были освобождены», "two of the detainees that same night were released"), and
after a verb that names no act, "and" joins the verb that says what befell the persons
(«пятеро были выведены во двор и расстреляны», "were taken to the river and killed").
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Трое арестованных на следующее утро были отпущены домой.", "ru", ("released", "all", 3)),
        ("Трое задержанных на следующий день были отпущены.", "ru", ("released", "all", 3)),
        ("Шестеро пленных в тот же день были убиты.", "ru", ("killed", "all", 6)),
        ("Two of the detainees that same night were released.", "en", ("released", "all", 2)),
    ],
)
def test_a_phrase_of_time_stands_between_a_count_and_its_verb(text, language, expected):
    assert claim_fields(text, language, ("category", "subgroup", "count")) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Семеро пленных были отведены к оврагу и расстреляны.",
            "ru",
            [("killed", "all", 7)],
        ),
        ("Eleven villagers were taken to the river and killed.", "en", [("killed", "all", 11)]),
        # The first verb names an act: it stays the count's.
        ("Двенадцать человек были задержаны и избиты.", "ru", [("detained", "all", 12)]),
        # A number after "and" is a figure of its own.
        (
            "12 people were injured and 4 killed.",
            "en",
            [("injured", "all", 12), ("killed", "all", 4)],
        ),
    ],
)
def test_and_joins_the_verb_of_the_act_to_a_verb_of_none(text, language, expected):
    assert claim_fields(text, language, ("category", "subgroup", "count")) == expected
