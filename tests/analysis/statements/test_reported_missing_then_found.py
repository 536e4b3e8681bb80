"""Persons counted with a participle that reports what they were ("reported missing",
"previously listed as missing") and a finite verb later in the clause: the finite verb says
what befell them. Found alive, that is no figure; found dead, they are found dead. With no
finite verb after it, the participle still says they are missing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_the_reported_missing_found_alive_make_no_figure():
    text = "Since April, 52 people reported missing have been found alive."
    assert claim_fields(text, "en", FIELDS) == []


def test_the_once_listed_as_missing_traced_alive_make_no_figure():
    text = "So far 17 persons previously listed as missing have since been located alive."
    assert claim_fields(text, "en", FIELDS) == []


def test_the_reported_missing_found_dead_are_found_dead():
    text = "Since April, 52 people reported missing have been found dead."
    assert claim_fields(text, "en", FIELDS) == [("found_dead", 52)]


def test_an_adverb_between_the_auxiliary_and_the_participle():
    text = "On Friday 23 men held at the depot had already been released."
    assert claim_fields(text, "en", FIELDS) == [("released", 23)]


def test_near_miss_the_reported_missing_with_no_later_verb_are_missing():
    text = "The register lists 52 people reported missing in the floods."
    assert claim_fields(text, "en", FIELDS) == [("missing", 52)]
