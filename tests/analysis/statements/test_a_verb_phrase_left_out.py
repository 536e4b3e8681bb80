""" "The army said no civilian was killed; officials said 9 were": a bare number closing its
clause with only an auxiliary ("were", "had been") says again the act of the figure before
it in the sentence. A number with more after its auxiliary, or in a sentence of its own, is
read as before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


def test_were_alone_after_the_number():
    text = "The ministry said 4 pupils were injured; parents said 11 were."
    assert _read(text) == [("injured", 4), ("injured", 11)]


def test_had_been_alone_after_the_number():
    text = "Police said 25 marchers were detained, though organisers insist 90 had been."
    assert _read(text) == [("detained", 25), ("detained", 90)]


def test_near_miss_a_place_after_the_auxiliary():
    text = "The ministry said 4 pupils were injured; 11 were at home."
    assert _read(text) == [("injured", 4)]


def test_near_miss_no_figure_before_in_the_sentence():
    text = "The ministry said 4 pupils were injured. Parents said 11 were."
    assert _read(text) == [("injured", 4)]
