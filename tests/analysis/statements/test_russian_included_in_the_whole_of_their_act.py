"""«Погибли 12 и ранены 30 человек, в том числе 4 ребёнка погибли и 9 детей ранены»: after two
wholes of different acts, each item «в том числе» includes is a part of the whole of the act
it names. «Из них» after the wounded, with another act, stays a part of the wounded (the
wounded who died). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_each_included_item_goes_to_the_whole_of_its_act():
    text = (
        "За сутки погибли 12 и ранены 30 человек, в том числе 4 ребёнка погибли и 9 детей ранены."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "all", 12, None),
        ("injured", "all", 30, None),
        ("killed", "children", 4, 0),
        ("injured", "children", 9, 1),
    ]


def test_including_with_the_acts_the_other_way_round():
    text = "Ранены 50 человек и погибли 8, в том числе 6 женщин ранены и двое детей погибли."
    parents = {(c, n): p for c, _s, n, p in claim_fields(text, "ru", FIELDS)}
    assert parents[("killed", 2)] == 1
    assert parents[("injured", 6)] == 0


def test_the_wounded_who_died_stay_of_the_wounded():
    # Near miss: «из них» after the wounded, with a later fate, is a part of the wounded.
    text = "Погибли 5 человек и ранены 40, из них трое скончались в больнице."
    assert claim_fields(text, "ru", FIELDS)[2] == ("killed", "all", 3, 1)
