"""Azerbaijani says a verb once, last: "Ağdərədə 12 nəfər, Xocalıda 8 nəfər, Laçında isə 3
nəfər həlak olub", "Şimal rayonundan 900 nəfər, Çaylı rayonundan isə 400 nəfər köçürülüb":
each count after a place (where, or where from), set off by a comma before the next such
count, has the last count's verb. A count of things before a count of persons does not take
the persons' verb. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_counts_after_places_in_the_locative():
    text = "Atəş nəticəsində Qaraçayda 5 nəfər, Yuxarı Obada 4 nəfər, Dərəkənddə isə 2 nəfər yaralanıb."
    assert _read(text) == [
        ("injured", "all", 5, None),
        ("injured", "all", 4, None),
        ("injured", "all", 2, None),
    ]


def test_counts_after_places_in_the_ablative():
    text = "Şimal rayonundan 900 nəfər, Çaylı rayonundan isə 400 nəfər təxliyə edilib."
    assert _read(text) == [("displaced", "all", 900, None), ("displaced", "all", 400, None)]


def test_near_miss_things_before_persons_take_no_verb_of_persons():
    text = "Qaraçayda 7 ev, Dərəkənddə isə 2 nəfər yaralanıb."
    assert ("injured", "all", 2, None) in _read(text)
    assert all(f[0] != "injured" or f[2] != 7 for f in _read(text))
