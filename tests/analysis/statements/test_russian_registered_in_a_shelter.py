"""Russian persons registered, said in the passive, in a place of temporary accommodation
(«в пункте временного размещения зарегистрированы 640 человек») are displaced: such places are
where the displaced are put up. Registered elsewhere, or cases registered, they are no figure.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_registered_in_a_camp_past_its_capacity():
    text = (
        "В лагере временного размещения под Озёрском, рассчитанном на 900 мест, "
        "зарегистрированы 1 240 человек, из них 410 детей."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("displaced", "all", 1240, None),
        ("displaced", "children", 410, 0),
    ]


def test_registered_in_a_centre():
    text = "В пунктах временного размещения района зарегистрированы 640 человек."
    assert claim_fields(text, "ru", FIELDS) == [("displaced", "all", 640, None)]


def test_registered_elsewhere_is_no_figure():
    """Near misses: registered at a hotline; cases registered in a centre."""
    assert claim_fields("На горячей линии зарегистрированы 40 человек.", "ru", FIELDS) == []
    text = "В пункте временного размещения зарегистрированы 14 случаев кори."
    assert claim_fields(text, "ru", FIELDS) == []


def test_what_persons_were_registered_as_said_before_the_verb():
    """«В качестве перемещённых лиц зарегистрированы 2 940 человек»: the fate after «в
    качестве», said first, is what the registered are."""
    text = "С начала месяца в качестве перемещённых лиц зарегистрированы 1 350 человек."
    assert claim_fields(text, "ru", ("category", "count")) == [("displaced", 1350)]


def test_near_miss_registered_as_nothing_of_ours():
    text = "В качестве наблюдателей зарегистрированы 40 человек."
    assert claim_fields(text, "ru", FIELDS) == []
