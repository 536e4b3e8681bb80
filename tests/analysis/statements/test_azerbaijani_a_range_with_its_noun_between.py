"""Azerbaijani "5 ilə 10 nəfər arasında" (between 5 and 10 persons): a range, with the noun
between its upper bound and "arasında". Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count_low", "count_high", "qualifier")


def test_a_range_with_the_noun_before_between():
    text = "Partlayış nəticəsində 8 ilə 12 nəfər arasında yaralanıb."
    assert claim_fields(text, "az", FIELDS) == [("injured", 8, 12, "range")]


def test_dates_between_are_no_range_of_persons():
    # Near miss: "12 ilə 14 mart arasında" is a time; the persons are counted apart.
    text = "Atəşkəs 12 ilə 14 mart arasında pozulub, 3 nəfər ölüb."
    assert claim_fields(text, "az", ("category", "count")) == [("killed", 3)]
