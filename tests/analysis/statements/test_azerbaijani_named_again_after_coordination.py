"""Azerbaijani persons named again in the same sentence, after the count that named them took
its verb only by coordination ("40 mülki şəxs və 60 hərbçi həlak olub; həlak olan mülki
şəxslərdən 7-si uşaqdır"), are still the whole of the part taken of them. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_civilians_killed_named_again_after_a_semicolon():
    text = (
        "Döyüşdə 40 mülki şəxs və 60 hərbçi həlak olub; həlak olan mülki şəxslərdən 7-si uşaqdır."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("killed", "children", 7, 0)


def test_the_children_named_again_after_a_list_of_parts():
    text = (
        "Xəstəxanaya 30 nəfər gətirilib, onlardan 11-i yaralı, o cümlədən 4 uşaq; "
        "uşaqlardan ikisinin vəziyyəti ağırdır."
    )
    claims = claim_fields(text, "az", FIELDS)
    # The visitors to hospital are no figure (``hospital_visits``): the 4 children are next.
    children = [k for k, c in enumerate(claims) if c[1:3] == ("children", 4)]
    assert claims[-1][2:] == (2, children[0])


def test_persons_not_counted_before_name_no_whole():
    # Near miss: no earlier count named the civilians; the servicemen are no whole of theirs.
    text = "Döyüşdə 60 hərbçi həlak olub; həlak olan mülki şəxslərdən 7-si uşaqdır."
    assert claim_fields(text, "az", FIELDS)[1] == ("killed", "children", 7, None)
