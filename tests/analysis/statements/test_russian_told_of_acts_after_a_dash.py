"""«52 из них рассказали об избиениях, 19 – о пытках током, 9 – об имитации расстрела»: a
Russian bare count after a comma with a dash for the verb of telling left out and the same
preposition after it is told of the act that preposition names: its own category, a sibling
of the count before (no part of it). A mock execution is torture, no killing; a threat of
execution is neither. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_each_count_takes_the_act_after_its_dash():
    text = (
        "Мы опросили 80 бывших пленных. 52 из них рассказали об избиениях, "
        "19 – о пытках током, 9 – об имитации расстрела."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("tortured", 52, None),
        ("tortured", 19, None),
        ("tortured", 9, None),
    ]


def test_siblings_of_a_part_share_its_whole():
    text = "Задержаны 300 человек. 52 из них рассказали об избиениях, 19 – о пытках."
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", 300, None),
        ("tortured", 52, 0),
        ("tortured", 19, 0),
    ]


def test_near_miss_a_threat_is_no_act():
    text = "Задержанные рассказали, что им угрожали расстрелом."
    assert claim_fields(text, "ru", FIELDS) == []


def test_near_miss_a_gapped_wound_keeps_its_verb():
    text = "Трое получили тяжёлые ранения, восемь — лёгкие."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 3, None), ("injured", 8, None)]


def test_what_they_came_with_after_a_dash():
    text = (
        "В изолятор поступили 40 задержанных, из них 6 с травмами, 2 – с огнестрельными ранениями."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", 40, None),
        ("injured", 6, 0),
        ("injured", 2, 0),
    ]


def test_more_in_intensive_care_are_hurt_not_dead():
    text = "Известно о 8 погибших. Ещё трое находятся в реанимации."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 8, None), ("injured", 3, None)]
