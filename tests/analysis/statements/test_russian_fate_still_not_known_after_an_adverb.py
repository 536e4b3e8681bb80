"""Russian «судьба N человек до сих пор не выяснена»: every adverb of time («до сих пор»,
«по-прежнему», «всё ещё», «пока») before every predicate of a fate not known («неизвестна»,
«не установлена», «не выяснена») leaves the persons missing. A fate made out is no figure.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Судьба примерно 5 300 человек до сих пор не выяснена.",
            ("missing", "all", 5300, "about"),
        ),
        ("Судьба 14 человек всё ещё не установлена.", ("missing", "all", 14, "exact")),
        ("Судьба ещё девятерых пока не выяснена.", ("missing", "all", 9, "exact")),
    ],
)
def test_fate_still_not_known_is_missing(text, expected):
    assert claim_fields(text, "ru", FIELDS) == [expected]


def test_fate_made_out_is_no_figure():
    """Near miss: «судьба … выяснена» says the fate is known."""
    assert claim_fields("Судьба 40 человек уже выяснена.", "ru", FIELDS) == []


@pytest.mark.parametrize(
    "text",
    ["Судьба ещё 26 человек устанавливается.", "Судьба 26 жителей посёлка выясняется."],
)
def test_fate_still_being_sought_is_missing(text):
    assert claim_fields(text, "ru", ("category", "count")) == [("missing", 26)]


def test_identity_being_sought_is_no_fate():
    """Near miss: the identity of the dead is sought, not their fate."""
    text = "Личность 26 погибших устанавливается."
    assert claim_fields(text, "ru", ("category", "count")) == [("killed", 26)]
