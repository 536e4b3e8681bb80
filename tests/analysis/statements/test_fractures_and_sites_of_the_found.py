"""Three readings of forensic and custodial English. Fractures are injuries, as burns are ("in
12 of these cases the victims sustained fractures": hurt, a part of the beaten). Sites the
dead just counted as found were taken from are burial sites, in the active ("teams exhumed 60
bodies from 4 sites") as in the passive; sites after persons found alive are not. Remains
counted by the set ("118 sets of remains") are bodies. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_fractures_among_the_beaten_are_injuries():
    text = "At least 50 inmates were beaten by guards; in 12 of these cases the victims sustained fractures."
    assert claim_fields(text, "en", FIELDS) == [("tortured", 50, None), ("injured", 12, 0)]


def test_near_miss_beaten_with_no_injury_named():
    text = (
        "At least 50 inmates were beaten by guards; in 12 of these cases the victims "
        "needed no treatment."
    )
    assert claim_fields(text, "en", FIELDS)[1] == ("tortured", 12, 0)


def test_sites_bodies_were_exhumed_from_in_the_active():
    text = "Since March, forensic teams have exhumed 60 bodies from 4 sites near the river."
    assert claim_fields(text, "en", FIELDS) == [("found_dead", 60, None), ("burial_sites", 4, None)]


def test_near_miss_sites_of_persons_found_alive():
    text = "Rescuers found 12 people alive at 3 sites after the quake."
    assert claim_fields(text, "en", FIELDS) == []


def test_sets_of_remains_are_bodies_found():
    text = "Investigators recovered 26 sets of remains from the well."
    assert claim_fields(text, "en", FIELDS) == [("found_dead", 26, None)]
