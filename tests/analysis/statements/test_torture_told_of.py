"""Russian persons who say torture was used on them were tortured: «шестеро из них заявили, что
к ним применяли пытки», «рассказали, что их избивали» (English "said they had been tortured"
binds as it stands). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "В колонии № 2 шестеро осуждённых рассказали, что их избивали.",
        "В колонии № 2 шестеро осуждённых заявили, что к ним применяли пытки.",
        "В колонии № 2 шестеро осуждённых сообщили, что охранники на допросах к ним применяли "
        "пытки.",
    ],
)
def test_persons_who_tell_of_torture_on_them_were_tortured(text):
    assert claim_fields(text, "ru", ("category", "count")) == [("tortured", 6)]


def test_what_else_they_tell_is_no_torture():
    text = "В колонии № 2 шестеро осуждённых заявили, что к ним не пускают адвокатов."
    assert ("tortured", 6) not in claim_fields(text, "ru", ("category", "count"))
