""" "Two of those released" names its whole by a fate; when the only figure of that fate is
itself a part of another ("29 of them were released"), that part is the whole, even after a
part of it ("among them six women"): the released counted, not a part of them again. With no figure of the fate at all, no whole is
taken. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


def test_those_of_a_fate_counted_only_as_a_part_are_that_part():
    text = (
        "Police detained 64 farm workers in April. In June, 41 of them were released on bail, "
        "among them six women. Five of those released later said that they had been beaten."
    )
    assert _read(text) == [
        ("detained", 64, None),
        ("released", 41, 0),
        ("released", 6, 1),
        ("tortured", 5, 1),
    ]


def test_with_no_figure_of_the_fate_no_whole_is_taken():
    text = (
        "Police detained 64 farm workers in April. "
        "Five of those released later said that they had been beaten."
    )
    assert _read(text)[1] == ("tortured", 5, None)
