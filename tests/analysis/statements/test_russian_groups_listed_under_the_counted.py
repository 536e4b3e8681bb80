"""Russian: a list of groups after a heading naming those just counted by their act («Из числа
задержанных: …», «Среди зарегистрированных: …») counts some of that count, in its category
(a register of refugees gives those listed their fate). A heading naming another act stands
alone. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_groups_listed_under_the_detained_are_of_them():
    text = "В городе задержаны 240 человек. Из числа задержанных: подростков — 12; женщин — 31."
    claims = claim_fields(text, "ru", FIELDS)
    assert ("detained", "women", 31, 0) in claims


def test_groups_listed_under_the_registered_take_their_fate():
    text = (
        "С начала месяца зарегистрировано 5 600 беженцев. Среди зарегистрированных: детей — "
        "2 100; женщин — 1 900."
    )
    claims = claim_fields(text, "ru", FIELDS)
    assert ("displaced", "children", 2100, 0) in claims
    assert ("displaced", "women", 1900, 0) in claims


def test_a_heading_of_another_act_stands_alone():
    # Near miss: the wounded are none of the detained counted before.
    text = "В городе задержаны 240 человек. Из числа раненых: женщин — 31; детей — 4."
    assert ("injured", "women", 31, None) in claim_fields(text, "ru", FIELDS)
