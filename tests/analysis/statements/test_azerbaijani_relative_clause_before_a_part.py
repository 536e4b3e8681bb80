"""Azerbaijani may put a relative clause between a part's marker and its number: "Əfv
olunanlar arasında əvvəllər QHT-lərin siyahısına daxil etdiyi 15 nəfər var" (among those
pardoned are 15 whom NGOs had put on their list). The clause ends in an object participle
("etdiyi") right before the number; the number is still the part. A count after a clause that
ended with its own comma is no part. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_part_after_a_relative_clause():
    text = (
        "Sərəncama əsasən 900 məhkum azadlığa buraxılıb. Əfv olunanlar arasında əvvəllər "
        "QHT-lərin siyasi məhbuslar siyahısına daxil etdiyi 15 nəfər, o cümlədən 2 jurnalist var."
    )
    assert claim_fields(text, "az", FIELDS)[1:] == [
        ("released", "all", 15, 0),
        ("released", "journalists", 2, 1),
    ]


def test_count_after_a_clause_closed_by_a_comma_is_no_part():
    # Near miss: the clause names persons of its own and ends; "7 nəfər isə" opens another.
    text = (
        "Polis 60 nəfəri saxlayıb. Saxlanılanlar arasında jurnalistlərin tanıdığı şəxslər "
        "də var, 7 nəfər isə yaralanıb."
    )
    assert claim_fields(text, "az", FIELDS)[1] == ("injured", "all", 7, None)
