"""Russian verbs of an act read by their dictionary form, so the active past, the present and
both aspects are read as the passive participle is: «депортировали», «выселяют», «изгнали»,
«схватили». Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Весной власти депортировали 4000 человек.", ("displaced", "all", 4000)),
        ("Отряды изгнали из сёл четыре тысячи жителей.", ("displaced", "all", 4000)),
        ("Власти выселили 4000 жителей посёлка.", ("displaced", "all", 4000)),
        ("Власти продолжают выселять 4000 жителей посёлка.", ("displaced", "all", 4000)),
        ("Каратели изгоняют 4000 жителей из долины.", ("displaced", "all", 4000)),
        ("Во время акции полицейские схватили 20 человек.", ("detained", "all", 20)),
        ("Во время акции были схвачены двадцать человек.", ("detained", "all", 20)),
    ],
)
def test_the_active_verb_reads_as_the_passive_does(text, expected):
    assert _read(text) == [(*expected, "exact")]


def test_the_passive_still_reads():
    assert _read("Из посёлка выселены 4000 жителей.") == [("displaced", "all", 4000, "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Destroyed in the present of either aspect, and blown up.
        ("Каждую ночь отряды разрушают 40 домов.", ("property_destroyed", "homes", 40)),
        ("За неделю были взорваны 40 домов.", ("property_destroyed", "homes", 40)),
        ("Сапёры взорвали сорок жилых домов.", ("property_destroyed", "homes", 40)),
        # Tortured in the present, seized in the passive.
        ("В колонии охранники пытают 6 человек.", ("tortured", "all", 6)),
        ("На блокпосту захвачены 7 мирных жителей.", ("captured", "civilians", 7)),
    ],
)
def test_every_form_of_the_verb_by_its_dictionary_form(text, expected):
    assert _read(text) == [(*expected, "exact")]


def test_trying_is_no_torture():
    # «пытаться» (to try) is a verb of its own, not a form of «пытать».
    assert _read("Шесть человек пытались покинуть город.") == []
