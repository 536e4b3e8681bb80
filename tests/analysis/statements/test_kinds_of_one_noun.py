"""Two kinds of one thing with the noun said once, after the second: "3 mass and 11
individual graves", «3 массовых и 11 одиночных захоронений», "3 kütləvi və 11 fərdi məzar":
the first count counts the noun as well. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "language", "category", "subgroup"),
    [
        ("Investigators located 3 mass and 11 individual graves.", "en", "burial_sites", "all"),
        ("Выявлено 3 массовых и 11 одиночных захоронений.", "ru", "burial_sites", "all"),
        ("Meşədə 3 kütləvi və 11 fərdi məzar aşkarlanıb.", "az", "burial_sites", "all"),
        ("Zərbədən 3 çoxmərtəbəli və 11 fərdi yaşayış evi dağılıb.", "az", "property_destroyed",
         "homes"),
    ],
)  # fmt: skip
def test_the_first_kind_counts_the_noun_of_the_second(text, language, category, subgroup):
    assert claim_fields(text, language, FIELDS) == [
        (category, subgroup, 3),
        (category, subgroup, 11),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Persons of two ages: the first count is no grave nor house, and reads as before.
        ("Kənddə 5 yaşlı və 3 gənc qadın yaralanıb.", [("injured", "women", 3)]),
        # A first count with a noun of its own keeps it.
        (
            "Hücumda 2 nəfər həlak olub və 7 fərdi ev dağılıb.",
            [("killed", "all", 2), ("property_destroyed", "homes", 7)],
        ),
    ],
)
def test_near_miss_persons_keep_their_own_reading(text, expected):
    assert claim_fields(text, "az", FIELDS) == expected
