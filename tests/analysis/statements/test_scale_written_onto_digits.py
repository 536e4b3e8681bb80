"""English wire copy writes the scale onto the digits ("1.4m people", "3bn", "2mn"): the
number is the digits times the scale, and the words as stated keep the letters. With a
space between ("3 m") the letter is a metre, no scale. Sentences written here."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


def _read(text: str) -> list[tuple]:
    return [(c.category, c.count, c.as_stated) for c in read_statement(text, "en").claims]


@pytest.mark.parametrize(
    ("text", "count", "stated"),
    [
        ("Some 1.4m people have fled the region.", 1_400_000, "1.4m"),
        ("Some 3bn people live in the region, and 2mn were displaced.", 2_000_000, "2mn"),
    ],
)
def test_the_scale_multiplies_the_digits(text, count, stated):
    [(category, number, as_stated)] = _read(text)
    assert (category, number) == ("displaced", count)
    assert stated in as_stated


def test_a_letter_after_a_space_is_a_metre():
    text = "A wall 3 m high collapsed, killing 4 people."
    assert [(c, n) for c, n, _ in _read(text)] == [("killed", 4)]
