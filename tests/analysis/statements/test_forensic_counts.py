"""A forensic report's dead: persons a grave contained, the minimum number of individuals, a
total that sums them and a whole named again to be broken down. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "parent")


def test_persons_a_pit_contained_were_found_dead():
    text = "Trench 3 contained 14 individuals; the second trench contained six."
    assert claim_fields(text, "en", _FIELDS) == [
        ("found_dead", "all", 14, None),
        ("found_dead", "all", 6, None),
    ]


def test_the_minimum_number_of_individuals_and_the_total_are_found_dead():
    text = (
        "The upper layer held scattered bones; the minimum number of individuals (MNI) is 19. "
        "The lower layer contained 5 individuals, bringing the total to 24."
    )
    assert claim_fields(text, "en", ("category", "count")) == [
        ("found_dead", 19),
        ("found_dead", 5),
        ("found_dead", 24),
    ]


def test_a_whole_named_again_that_sums_the_dead_has_the_groups_after_it_as_parts():
    text = (
        "The first grave contained the remains of 20 individuals; the second contained 8. "
        "Of the 28 individuals, six were women and two were children."
    )
    assert claim_fields(text, "en", _FIELDS) == [
        ("found_dead", "all", 20, None),
        ("found_dead", "all", 8, None),
        ("found_dead", "all", 28, None),
        ("found_dead", "women", 6, 2),
        ("found_dead", "children", 2, 2),
    ]


def test_things_a_pit_contained_and_a_pit_number_are_not_the_dead():
    text = "Pit 2 contained 37 cartridge cases and a shovel; Pit 4 contained nothing."
    assert [c[0] for c in claim_fields(text, "en", _FIELDS)] == []
    assert claim_fields("The second crate contained nine.", "en", _FIELDS) == []


def test_a_whole_named_again_that_sums_nothing_counted_dead_is_left_alone():
    text = "Of the 28 individuals, six were women."
    assert [c[:2] for c in claim_fields(text, "en", _FIELDS) if c[0] == "found_dead"] == []


def test_what_a_vehicle_contained_is_no_count_of_the_dead():
    # Only a grave, a pit or a site holds the dead it "contained".
    text = "The bus contained 14 passengers when it was stopped at the checkpoint."
    assert claim_fields(text, "en", _FIELDS) == []


def test_a_minimum_number_of_individuals_counted_inside_the_phrase_is_found_dead():
    text = (
        "At the quarry site a minimum number of 27 individuals was determined: 20 from Pit A "
        "and 7 from Pit B. Of the 27 individuals, 15 were adult males and 4 were children."
    )
    assert claim_fields(text, "en", _FIELDS) == [
        ("found_dead", "all", 27, None),
        ("found_dead", "all", 20, 0),
        ("found_dead", "all", 7, 0),
        ("found_dead", "men", 15, 0),
        ("found_dead", "children", 4, 0),
    ]


def test_a_minimum_number_of_things_or_a_number_from_elsewhere_is_no_grave_share():
    text = "A minimum number of 40 samples was taken; 12 from the clinic were tested."
    assert claim_fields(text, "en", _FIELDS) == []


def test_a_minimum_number_in_words_not_counted_out_by_grave_is_left_unread():
    # Near miss: with no graves that add up to it, the minimum may be a bound; the sets differ.
    text = "A minimum number of 35 individuals was established across the three trenches."
    assert claim_fields(text, "en", _FIELDS) == []
    text = "A minimum number of 35 individuals was established: 20 from Pit C and 9 from Pit D."
    assert claim_fields(text, "en", _FIELDS) == []
