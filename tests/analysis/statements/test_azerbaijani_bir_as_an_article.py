"""Azerbaijani "bir" is the numeral one and the indefinite article: before a noun the lexicon
does not know, in the dative, locative or ablative ("bir tərəfə", to one side; "bir anbarda",
in a warehouse), it counts nothing. Before a noun of persons, and as "biri" (one of them),
it is one person. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_one_side_counts_no_one():
    text = (
        "Mübadilədə 12 nəfər azad edilib: onlardan 7-si bir tərəfə, 5-i isə digər tərəfə "
        "təhvil verilib."
    )
    assert 1 not in [count for _, _, count, _ in _read(text)]


def test_near_miss_one_person_is_counted():
    text = "Mərmi həyətə düşüb, bir qadın yaralanıb."
    assert _read(text) == [("injured", "women", 1, None)]


def test_near_miss_one_of_them_in_a_place_is_a_person():
    text = "Hücumda 3 nəfər yaralanıb, onlardan biri xəstəxanada ölüb."
    assert _read(text) == [("injured", "all", 3, None), ("killed", "all", 1, 0)]
