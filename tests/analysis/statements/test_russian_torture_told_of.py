"""«сообщили / заявили / рассказали (кому-то) о пытках», «… о применении к ним пыток»: persons
who tell of torture used on them were tortured, by any verb of telling and whoever is told;
what else they tell of is no torture. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "told",
    [
        "рассказали о пытках",
        "заявили о применении к ним пыток",
        "заявили адвокатам о применении пыток",
        "сообщили правозащитникам о пытках",
        "заявили о применении к ним физической силы",
        "пожаловались прокурору на то, что их избивали",
        "сообщили о применении к ним насилия",
    ],
)
def test_persons_who_tell_of_torture_were_tortured(told):
    text = f"В Северном районе полиция задержала 75 человек. Девять задержанных {told}."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 75, None), ("tortured", 9, 0)]


def test_near_miss_telling_of_something_else():
    text = (
        "В Северном районе полиция задержала 75 человек. Девять задержанных рассказали о допросах."
    )
    assert ("tortured", 9, 0) not in claim_fields(text, "ru", FIELDS)


def test_near_miss_force_not_said_to_be_used_on_them():
    text = (
        "В Северном районе полиция задержала 75 человек. Девять задержанных рассказали о "
        "применении физической силы к журналистам."
    )
    assert ("tortured", 9, 0) not in claim_fields(text, "ru", FIELDS)
