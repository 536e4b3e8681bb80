"""«Около 9 тысяч жителей не могут вернуться в свои сёла»: persons who cannot go back to their
homes, villages or town are displaced, whatever keeps them out (mines, occupation, ruins).
Going back to other places says nothing of the kind. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


def test_those_who_cannot_go_back_to_their_villages():
    text = "Около 7 тысяч жителей пока не могут вернуться в затопленные сёла долины."
    assert claim_fields(text, "ru", FIELDS) == [("displaced", 7000, "about")]


def test_those_who_could_not_go_home():
    text = "После боёв более 2 600 человек так и не смогли вернуться домой."
    assert claim_fields(text, "ru", FIELDS) == [("displaced", 2600, "at_least")]


def test_near_miss_back_to_work():
    text = "Около 300 врачей не могут вернуться к работе из-за болезни."
    assert claim_fields(text, "ru", FIELDS) == []
