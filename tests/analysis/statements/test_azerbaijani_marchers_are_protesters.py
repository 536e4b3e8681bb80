"""Azerbaijani "yürüş iştirakçıları", "mitinq iştirakçıları" (who took part in a march, a
rally) are protesters, as "aksiya iştirakçıları" are. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_none_killed_among_the_marchers():
    text = "Mitinq iştirakçıları arasında həlak olan yoxdur, polis isə 70 nəfəri saxlayıb."
    assert _read(text) == [("killed", "protesters", 0), ("detained", "all", 70)]


def test_none_hurt_among_the_marchers():
    text = "Polis 40 nəfəri saxlayıb. Yürüş iştirakçıları arasında yaralanan olmayıb."
    assert _read(text) == [("detained", "all", 40), ("injured", "protesters", 0)]


def test_near_miss_the_march_alone_names_no_one():
    text = "Yürüş zamanı 25 nəfər saxlanılıb."
    assert _read(text) == [("detained", "all", 25)]
