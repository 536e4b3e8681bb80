"""A forensic team's "suspected" graves (still to be opened) and "unmarked" graves are graves
counted as any others ("four suspected mass grave sites", "three unmarked graves"); the word
in -ed is no verb there. Said of persons, "suspected" stays the verb it is. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_suspected_mass_grave_sites_are_burial_sites():
    text = "Exhumations will resume at four suspected mass grave sites near Olm in May."
    assert claim_fields(text, "en", FIELDS) == [("burial_sites", 4, None)]


def test_unmarked_graves_are_burial_sites():
    text = "Villagers led investigators to three unmarked graves behind the school."
    assert claim_fields(text, "en", FIELDS) == [("burial_sites", 3, None)]


def test_near_miss_suspected_said_of_persons_is_a_verb():
    text = "Fifteen men were detained. Four of them were suspected of desertion."
    assert claim_fields(text, "en", FIELDS) == [("detained", 15, None)]
