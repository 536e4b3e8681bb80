""" "Holds N records of persons reported missing": an office or a register that holds records
keeps papers, not persons, so the verb names no custody; the words after it say what befell
the persons the records are of. Persons held stay held, whatever is said of their records
later in the clause. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_records_held_count_the_missing():
    text = (
        "The search commission holds 530 active records of people reported missing; "
        "61 of these concern children."
    )
    assert _read(text) == [
        ("missing", "all", 530, "exact", None),
        ("missing", "children", 61, "exact", 0),
    ]


def test_records_held_with_no_word_between():
    text = "The ombudsman's office now holds 88 records of persons reported missing."
    assert _read(text) == [("missing", "all", 88, "exact", None)]


def test_near_miss_persons_held_whose_records_are_named_after():
    text = "Border guards held 26 people and destroyed their records."
    assert _read(text) == [("detained", "all", 26, "exact", None)]


def test_near_miss_persons_held_are_held():
    text = "The militia holds 40 men in the old school."
    assert _read(text) == [("detained", "men", 40, "exact", None)]
