"""A toll named with a copula before its number ("The toll is now 23") counts the dead, as
"the toll rose to 23" does; a toll restating the latest figure counts all whom the act
befell, not the group that figure named. A count word that names no toll restates that
figure's own things. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_the_toll_is_now_a_number():
    assert claim_fields("The toll is now 38.", "en", FIELDS) == [("killed", "all", 38)]


def test_the_number_of_dead_was_a_number():
    assert claim_fields("The number of dead was 14.", "en", FIELDS) == [("killed", "all", 14)]


def test_a_toll_after_a_group_counts_all_the_dead():
    text = "Two firefighters were killed in the blaze. Toll is now 38."
    claims = claim_fields(text, "en", FIELDS)
    assert ("killed", "firefighters", 2) in claims or ("killed", "all", 2) in claims
    assert ("killed", "all", 38) in claims


def test_near_miss_a_total_of_graves_restates_the_graves():
    text = "Two more mass graves were found, bringing the total to 9."
    assert ("burial_sites", "all", 9) in claim_fields(text, "en", FIELDS)


def test_near_miss_a_number_of_persons_present_is_no_toll():
    assert claim_fields("The number of reporters present was 14.", "en", FIELDS) == []
