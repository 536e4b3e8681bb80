"""Russian: an act complained of or told of, fronted before its verb with the doers or the
place between («На жестокое обращение со стороны конвоя пожаловались 40 задержанных», «О
пытках в изоляторе сообщили 12 арестованных»), is what the persons counted after the verb
underwent; their participle says only who they were. Cruel treatment is torture by its
adjective in any case, as the noun "ill-treatment" is in English. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На жестокое обращение со стороны конвоя пожаловались 40 задержанных.",
            [("tortured", 40, "exact")],
        ),
        (
            "На пытки в изоляторе временного содержания пожаловались не менее 17 арестованных.",
            [("tortured", 17, "at_least")],
        ),
        ("О пытках в подвале комендатуры сообщили 12 задержанных.", [("tortured", 12, "exact")]),
        ("На побои жаловались около 30 осуждённых.", [("tortured", 30, "about")]),
        ("Девять заключённых пожаловались на жестокое обращение.", [("tortured", 9, "exact")]),
        ("О жестоком обращении рассказали 15 освобождённых.", [("tortured", 15, "exact")]),
    ],
)
def test_an_act_complained_of_before_its_verb(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Complained of something else: only who they were.
        "На условия содержания в изоляторе пожаловались 12 задержанных.",
        # No verb of complaining or telling before the count.
        "На пытки в колонии указывают 12 задержанных.",
    ],
)
def test_near_miss_no_act_complained_of(text):
    assert claim_fields(text, "ru", FIELDS) == [("detained", 12, "exact")]
