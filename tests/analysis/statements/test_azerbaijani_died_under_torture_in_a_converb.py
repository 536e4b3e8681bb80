"""Azerbaijani puts torture as the cause of a death in a converb clause before the verb of
dying ("işgəncələrə məruz qalaraq həlak olub", having been tortured, died): the persons were
killed, as "işgəncə nəticəsində ölüb" are. The converb before a verb that is no fate ("ifadə
verib", gave a statement) leaves the torture the figure's act. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_died_after_torture_in_captivity():
    text = "Girov götürülən 15 nəfərdən 4-ü əsirlikdə işgəncələrə məruz qalaraq ölüb."
    assert _read(text) == [("captured", 15, None), ("killed", 4, 0)]


def test_died_after_torture_said_of_a_count():
    text = "Təcridxanada 2 məhbus işgəncəyə məruz qalaraq həlak olub."
    assert _read(text) == [("killed", 2, None)]


def test_near_miss_a_statement_given_under_torture():
    text = "Saxlanılan 20 nəfərdən 3-ü işgəncələrə məruz qalaraq ifadə verib."
    assert _read(text) == [("detained", 20, None), ("tortured", 3, 0)]
