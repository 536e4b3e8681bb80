"""None of things the lexicon does not know as persons ("None of the newspapers has printed
the names of the dead", «Ни одна газета не напечатала имён погибших») is no zero of the
persons named near it; none of persons still is. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("None of the newspapers has printed the names of the dead.", "en"),
        ("Имён погибших пока не напечатала ни одна газета.", "ru"),
    ],
)
def test_none_of_things_is_no_zero(text, language):
    assert claim_fields(text, language, ("category", "count")) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("None of the hostages was hurt.", "en"),
        ("Ни один из заложников не пострадал.", "ru"),
    ],
)
def test_none_of_persons_is_a_zero(text, language):
    assert claim_fields(text, language, ("category", "count")) == [("injured", 0)]
