"""An English gerund before a noun of a place of custody names the place ("the holding
centre", "holding cells"), no act of the persons counted; the gerund with its object is
still the act ("holding 30 people"). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_a_toll_of_a_fire_at_a_holding_centre_counts_the_dead():
    text = "The death toll from a blaze at the Orwin holding centre has risen to 17."
    assert claim_fields(text, "en", FIELDS) == [("killed", 17)]


def test_a_toll_in_holding_cells_counts_the_dead():
    text = "The toll from the flooding of the holding cells rose to 4 on Monday."
    assert claim_fields(text, "en", FIELDS) == [("killed", 4)]


def test_near_miss_holding_persons_is_still_holding_them():
    text = "Police are holding 45 protesters in the central station."
    assert claim_fields(text, "en", FIELDS) == [("detained", 45)]
