"""A count quoted from a source with its noun ('detained "some 150 looters"') is read as the
count it is: the quote marks say whose words they are. A quoted title that opens with a number
('"200 Nights in the Cellar"') counts nothing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def counts(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "qualifier"))


def test_a_quoted_count_with_its_noun_reads():
    text = 'The governor said troops had detained "some 150 looters" overnight.'
    assert counts(text) == [("detained", 150, "about")]
    text = "Officials said “30 protesters” were detained in the square."
    assert counts(text) == [("detained", 30, "exact")]


def test_near_miss_a_quoted_title_opening_with_a_number():
    text = 'The group launched "200 Nights in the Cellar", a report on 14 detainees.'
    assert counts(text) == [("detained", 14, "exact")]
