"""Victims of no act named count the dead («25 жертв») and those harmed the hurt («пострадали
30 человек»), but victims or harmed broken down at once into the dead and the injured («215
жертв среди мирного населения: 64 погибли и 151 ранены», "215 nəfər zərər çəkib: …") are
casualties, as "215 civilian casualties: 64 killed and 151 injured" and "215 mülki itki"
are: no figure of either, nor the whole of the breakdown. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_BREAKDOWN = [("killed", 64, None), ("injured", 151, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Миссия зарегистрировала 215 жертв среди мирного населения: 64 человека погибли и 151"
         " получил ранения.", "ru"),
        ("Миссия зарегистрировала 215 жертв среди мирного населения (64 погибших и 151"
         " раненый).", "ru"),
        ("В результате обстрелов 215 жертв среди мирного населения, из них 64 погибли, 151"
         " ранены.", "ru"),
        ("Жертвами обстрелов стали 215 человек: 64 погибли, 151 ранены.", "ru"),
        ("В результате обстрелов пострадали 215 человек: 64 погибли, 151 ранены.", "ru"),
        ("Всего пострадали 215 мирных жителей, из них 64 погибли и 151 получил ранения.", "ru"),
        ("Hücumlar nəticəsində 215 nəfər zərər çəkib: 64 nəfər həlak olub, 151 nəfər "
         "yaralanıb.", "az"),
        ("The Mission recorded 215 civilian casualties: 64 killed and 151 injured.", "en"),
        ("Missiya 215 mülki itki qeydə alıb: 64 nəfər həlak olub, 151 nəfər yaralanıb.", "az"),
    ],
)  # fmt: skip
def test_victims_broken_down_into_dead_and_injured_are_casualties(text, language):
    assert claim_fields(text, language, ("category", "count", "parent")) == _BREAKDOWN


@pytest.mark.parametrize(
    "text",
    [
        "В результате обстрела 12 жертв, ещё 30 человек ранены.",
        "Обстрел унёс 12 жертв и 30 человек ранены.",
    ],
)
def test_victims_beside_the_injured_are_the_dead(text):
    assert claim_fields(text, "ru", ("category", "count")) == [("killed", 12), ("injured", 30)]


def test_parts_of_the_dead_in_the_breakdown_stay_theirs():
    text = "Всего 30 жертв: 12 погибших (из них 3 ребёнка) и 18 раненых."
    assert claim_fields(text, "ru", ("category", "subgroup", "count", "parent")) == [
        ("killed", "all", 12, None),
        ("killed", "children", 3, 0),
        ("injured", "all", 18, None),
    ]


def test_the_hurt_of_whom_some_died_later_stay_the_hurt():
    text = "В результате обстрела пострадали 89 человек, из них 37 позже скончались в больнице."
    assert claim_fields(text, "ru", ("category", "count", "parent")) == [
        ("injured", 89, None),
        ("killed", 37, 0),
    ]


def test_a_part_of_the_hurt_beside_a_later_fate_is_no_breakdown():
    """The children only take the fate of the hurt they are a part of; the hurt are no
    casualties broken down into the dead and the injured."""
    text = "Пострадали 19 человек, в том числе 6 детей; трое из них скончались."
    assert claim_fields(text, "ru", ("category", "subgroup", "count", "parent")) == [
        ("injured", "all", 19, None),
        ("injured", "children", 6, 0),
        ("killed", "all", 3, 0),
    ]


def test_victims_broken_down_after_a_part_named_first_still_are():
    """Near miss: the injured told by their own word make the breakdown."""
    text = "Пострадали 19 человек: 3 погибли и 16 ранены."
    assert claim_fields(text, "ru", ("category", "count", "parent")) == [
        ("killed", 3, None),
        ("injured", 16, None),
    ]
