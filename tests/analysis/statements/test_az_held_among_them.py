"""Azerbaijani: persons counted "onların arasında" (among them) after a figure are of that
figure, and its fate is theirs: a noun that names them as held ("məhbus", "girov") says who
they are there, not a detention or captivity of its own. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "fate"),
    [
        ("Həbsxanada 40 məhbus döyülüb; onların arasında 6 məhbus var.", "tortured"),
        ("Atışmada 40 nəfər yaralanıb, onların arasında 6 girov var.", "injured"),
        ("Yanğında 40 məhbus həlak olub, bunların arasında 6 məhbus var idi.", "killed"),
    ],
)
def test_the_held_among_them_share_their_fate(text, fate):
    assert claim_fields(text, "az", ("category", "count", "parent")) == [
        (fate, 40, None),
        (fate, 6, 0),
    ]


def test_a_count_of_the_held_with_no_among_them_is_still_held():
    text = "Atışmada 40 nəfər yaralanıb. Kənddə 6 girov var."
    assert claim_fields(text, "az", ("category", "count")) == [
        ("injured", 40),
        ("captured", 6),
    ]
