"""«Ранены 20 человек, в том числе пятеро детей. … Ошибочно сообщалось, что среди раненых
пятеро детей, — ранены четверо детей»: a figure the text says was given wrongly, said again
with its count, names the earlier figure; the figure the sentence then gives, set off by a
comma and a dash, replaces it in its whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_given_wrongly_is_replaced_in_its_whole():
    text = (
        "09:30 Ранены 20 человек, в том числе пятеро детей.\n\n"
        "10:15 Ранее ошибочно сообщалось, что среди раненых пятеро детей, — ранены четверо детей."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("injured", "all", 20, None),
        ("injured", "children", 4, 0),
    ]


def test_a_toll_given_wrongly_is_replaced():
    text = "Погибли 6 человек. В сообщении ошибочно указано, что погибли 6 человек, — погибли 8."
    assert claim_fields(text, "ru", FIELDS) == [("killed", "all", 8, None)]


def test_a_figure_of_another_count_stands():
    # Near miss: the wrong figure said again is not the one given before.
    text = (
        "Ранены 20 человек, в том числе пятеро детей. "
        "Ошибочно указано, что среди раненых трое женщин, — ранены две женщины."
    )
    found = claim_fields(text, "ru", FIELDS)
    assert ("injured", "children", 5, 0) in found
