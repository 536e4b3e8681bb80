"""«Трое избитых доставлены в больницу» after «из 60 задержанных 20 были избиты»: persons named
by a fate that is itself a part of others' (the beaten, of the detained) are a part of that
fate's figure; a subgroup of the detained («в том числе 20 женщин») is no such figure, and
the count named by «задержанных» stays a part of all the detained. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_beaten_of_the_detained_are_the_whole():
    text = (
        "Полиция задержала 60 человек, 20 из них были избиты. Трое избитых доставлены в больницу."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "all", 60, None),
        ("tortured", "all", 20, 0),
        ("injured", "all", 3, 1),
    ]


def test_near_miss_a_subgroup_of_the_detained_is_no_whole():
    text = "Полиция задержала 60 человек, в том числе 20 женщин. Трое задержанных скончались."
    assert claim_fields(text, "ru", FIELDS)[2] == ("killed", "all", 3, 0)
