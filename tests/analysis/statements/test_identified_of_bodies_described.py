"""A whole of bodies described by a participle before their noun («из 900 эксгумированных
тел», "tapılmış 40 cəsəddən") is a figure the identified are part of; Azerbaijani names the
identifying in the active ("eyniləşdirib") and as the dead recognised ("tanınıb", but not
"kimi tanınıb", recognised as something, nor "tanınmış", well known). A Russian toll that
rose with the time between the verb and «до» («выросло в четверг до 42») reached 42, no
"up to". Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Эксперты опознали 610 из 900 эксгумированных тел.", "ru"),
        ("Опознаны 610 из 900 извлечённых останков.", "ru"),
        ("Ekspertlər eksqumasiya edilmiş 900 qalıqdan 610-nu eyniləşdirib.", "az"),
        ("Tapılmış 900 cəsəddən 610-u tanınıb.", "az"),
    ],
)
def test_identified_of_bodies_described_by_a_participle(text, language):
    claims = claim_fields(text, language, FIELDS)
    whole = next(k for k, c in enumerate(claims) if c[1] == 900)
    assert claims[whole] == ("found_dead", 900, "exact", None)
    assert ("identified", 610, "exact", whole) in claims


def test_near_miss_recognised_as_something_is_no_identification():
    assert claim_fields("Tanınmış jurnalist 3 nəfərlə birlikdə saxlanılıb.", "az", FIELDS) == [
        ("detained", 3, "exact", None)
    ]


@pytest.mark.parametrize(
    "text",
    ["Число погибших выросло в четверг до 42.", "Число погибших возросло за сутки до 42."],
)
def test_a_russian_toll_risen_with_a_time_between(text):
    assert claim_fields(text, "ru", FIELDS) == [("killed", 42, "exact", None)]


def test_near_miss_up_to_after_another_verb():
    text = "В больницы доставлены до 40 раненых."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 40, "at_most", None)]
