"""Azerbaijani may name persons by a pronoun and then say how many they were, between commas
("Onları, 30 nəfəri, zirzəmidə saxladılar": them, thirty persons, they held in a basement). The
count is the pronoun's: the verb at the end of the clause is its own, and only a verb of an
act makes it a figure. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


def test_we_then_how_many_we_were():
    assert _read("Bizi, 23 nəfəri, çayın kənarında əsir götürdülər.") == [("captured", 23)]


def test_they_then_how_many_they_were():
    text = "Onları, 30 nəfəri, məktəbin zirzəmisində saxladılar."
    assert _read(text) == [("detained", 30)]


def test_near_miss_the_verb_at_the_end_names_no_act():
    assert _read("Bizə, 23 nəfərə, gündə bir dəfə çörək verdilər.") == []
