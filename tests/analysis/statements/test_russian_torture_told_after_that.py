"""«Девять задержанных рассказали адвокатам, что в изоляторе к ним применяли электрошок», «40 из
них сообщили, что подвергались пыткам»: persons who tell that they underwent torture count as
tortured, with the one told before the comma and a time or place after «что». Telling of
something else is no torture. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "Девять задержанных рассказали адвокатам, что в изоляторе к ним применяли электрошок.",
        "Девять бывших пленных сообщили, что подвергались пыткам и жестокому обращению.",
        "Девять бывших пленных заявили журналистам, что на допросах их избивали.",
    ],
)
def test_those_who_tell_of_their_torture_were_tortured(text):
    assert claim_fields(text, "ru", FIELDS) == [("tortured", 9)]


def test_telling_of_something_else_is_no_torture():
    text = "Девять бывших пленных рассказали журналистам, что их кормили раз в день."
    assert ("tortured", 9) not in claim_fields(text, "ru", FIELDS)
