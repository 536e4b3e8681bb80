"""An Azerbaijani number with the possessive ending and the genitive after it, opening its
clause with no marker ("Beşinin meyitini … tapdıq", the bodies of five of them; "5-inin"), is
"five of them", as "beşini" and "ikisi" are: a part of the persons counted before. A count of
persons in the genitive ("5 nəfərin meyiti") names its own persons. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_bodies_of_five_of_those_taken():
    text = (
        "Şahid bildirib ki, əsgərlər kəndə girərək otuza yaxın kişini aparıb. “Onlardan yalnız "
        "səkkizini bir həftə sonra buraxdılar. Beşinin meyitini sonra meşədə tapdıq”, – deyə "
        "şahid bildirib."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("found_dead", 5, 0)


def test_digits_with_the_possessive_and_the_genitive():
    text = "Əsgərlər 30 kişini aparıb. 5-inin meyitini sonra meşədə tapdıq."
    assert claim_fields(text, "az", FIELDS)[1] == ("found_dead", 5, 0)


def test_persons_counted_in_the_genitive_are_their_own():
    # Near miss: "5 nəfərin", of five persons, has no possessive ending.
    text = "Əsgərlər 30 kişini aparıb. 5 nəfərin meyitini sonra meşədə tapdıq."
    assert claim_fields(text, "az", FIELDS)[1] == ("found_dead", 5, None)
