""" "Have since been found alive": a part found alive is no figure, with the adverb of time
between its auxiliaries as without it; a part released since is still released. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


def test_a_part_since_found_alive_is_no_figure():
    text = "Some 900 people were reported missing; 310 of them have since been found alive."
    assert _read(text) == [("missing", 900, None)]


def test_near_miss_a_part_since_released():
    text = "Police detained 90 people; 31 of them have since been released."
    assert _read(text) == [("detained", 90, None), ("released", 31, 0)]
