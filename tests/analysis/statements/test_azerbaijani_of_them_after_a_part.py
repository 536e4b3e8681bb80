"""Azerbaijani "onlardan" set off by a comma right after the clause of a part ("Yaralılardan
beşi uşaqdır, onlardan ikisinin vəziyyəti ağırdır") speaks of that part, not of the whole
the part was taken from. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_of_them_after_a_part_with_a_group_predicate():
    text = (
        "Atəş nəticəsində 30 nəfər yaralanıb. Yaralılardan 7-si qadındır, onlardan üçünün "
        "vəziyyəti ağırdır."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("injured", "women", 3, 1)


def test_of_them_after_a_whole_is_of_the_whole():
    # Near miss: the count before "onlardan" is a whole, not a part.
    text = "Atəş nəticəsində 4 nəfər ölüb, 30 nəfər yaralanıb, onlardan 7-si qadındır."
    assert claim_fields(text, "az", FIELDS)[2] == ("injured", "women", 7, 1)


def test_of_them_in_the_next_sentence_is_of_the_whole():
    # Near miss: a new sentence, not the part's clause.
    text = (
        "Atəş nəticəsində 30 nəfər yaralanıb. Yaralılardan 7-si qadındır. Onlardan 12-si "
        "xəstəxanaya yerləşdirilib."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("injured", "all", 12, 0)
