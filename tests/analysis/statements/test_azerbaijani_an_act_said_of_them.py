"""An Azerbaijani count whose clause names no act of ours takes the state of the next clause
when that clause opens with "onlar" (they) and says they remain so ("onlar həbsdə qalır"):
the pronoun takes up the count. Said beside another part of a whole, the count is a part of
that whole too. A later event told of them is another clause's. Statements written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_they_remain_in_custody():
    text = "Polis 30 nəfəri saxlayıb. 6 nəfərə ittiham elan edilib, onlar həbsdə qalır."
    assert claim_fields(text, "az", FIELDS) == [("detained", 30, None), ("detained", 6, None)]


def test_another_part_of_the_whole_said_beside_it():
    text = (
        "Polis 30 nəfəri saxlayıb. Saxlanılanlardan 24-ü buraxılıb, "
        "6 nəfərə ittiham elan edilib, onlar həbsdə qalır."
    )
    claims = claim_fields(text, "az", FIELDS)
    assert ("released", 24, 0) in claims
    assert ("detained", 6, 0) in claims


def test_near_miss_an_event_after_they_is_another_clauses():
    text = "Polis 30 nəfəri saxlayıb. 6 nəfər məhkəməyə gəlib, onlar sonra saxlanılıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", 30, None)]


def test_near_miss_a_clause_of_they_with_no_act_adds_nothing():
    text = "Polis 30 nəfəri saxlayıb. 6 nəfərə ittiham elan edilib, onlar vəkillə görüşüb."
    assert claim_fields(text, "az", FIELDS) == [("detained", 30, None)]
