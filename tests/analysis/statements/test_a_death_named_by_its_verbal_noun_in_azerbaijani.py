"""Azerbaijani names a death in a case's facts by the verbal noun of "ölmək" ("3 mülki şəxsin
ölməsi faktı", the fact of the death of three civilians; "2 nəfərin ölməsinə səbəb olub"):
killed, as "ölüm" (death) is, and not the act of a wounding joined after it."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_the_death_of_the_counted_is_a_killing():
    text = "Minaatan atəşi nəticəsində 4 nəfərin ölməsi faktı üzrə cinayət işi başlanıb."
    assert ("killed", 4) in claim_fields(text, "az", FIELDS)


def test_a_death_and_a_wounding_joined_keep_their_acts():
    text = "Partlayış 2 nəfərin ölməsinə və 9 nəfərin yaralanmasına səbəb olub."
    claims = claim_fields(text, "az", FIELDS)
    assert ("killed", 2) in claims
    assert ("injured", 9) in claims
    assert ("injured", 2) not in claims


def test_a_country_is_no_death():
    # Near miss: "ölkə" (country) begins with the stem "öl-" and names no death.
    text = "Son ayda 6 nəfər ölkəni tərk edib."
    assert ("killed", 6) not in claim_fields(text, "az", FIELDS)
