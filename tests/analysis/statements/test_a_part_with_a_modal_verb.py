"""A part whose own verb is a modal ("one of them could not walk", "three of them would
not speak") says what those persons could or would do: a predicate of its own, no figure of
what befell them, though its whole's act would otherwise pass to it. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_what_a_part_could_not_do_is_no_figure():
    text = "Guards took 8 men away. Later five of them came back; two of them could not stand."
    claims = claim_fields(text, "en", FIELDS)
    assert ("released", 5, 0) in claims
    assert not any(c[1] == 2 for c in claims)


def test_what_a_part_would_not_do_is_no_figure():
    text = "Police detained 30 students. Of them, 6 would not give their names."
    assert claim_fields(text, "en", FIELDS) == [("detained", 30, None)]


def test_near_miss_a_part_whose_verb_names_an_act():
    text = "Police detained 30 students. Of them, 6 were later charged and 4 were beaten."
    assert ("tortured", 4, 0) in claim_fields(text, "en", FIELDS)
