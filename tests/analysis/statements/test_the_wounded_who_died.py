"""Persons counted by what befell them earlier ("the wounded") and what befell them next:
the verb after the noun gives the figure ("three more wounded died" is killed), except that
the wounded moved out are still the wounded ("12 wounded were evacuated"). And the
Azerbaijani "etmək" in both of its forms: "vəfat edib" and "vəfat etmişdir". Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Overnight two more wounded died in the district clinic.", "en", ("killed", "all", 2)),
        ("Four wounded died before the ambulances arrived.", "en", ("killed", "all", 4)),
        ("Rayon xəstəxanasında daha iki yaralı ölüb.", "az", ("killed", "all", 2)),
        ("Təcili yardım gələnə qədər 4 yaralı dünyasını dəyişib.", "az", ("killed", "all", 4)),
        # What already held in Russian holds still.
        ("Ночью в больнице скончались ещё двое раненых.", "ru", ("killed", "all", 2)),
    ],
)
def test_the_wounded_who_died_are_counted_killed(text, language, expected):
    assert _read(text, language) == [(*expected, "exact")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nine wounded were evacuated to the capital by helicopter.", "en"),
        ("9 yaralı helikopterlə paytaxta təxliyə edilib.", "az"),
        ("Девять раненых эвакуировали вертолётом в столицу.", "ru"),
    ],
)
def test_the_wounded_moved_out_are_still_the_wounded(text, language):
    assert _read(text, language) == [("injured", "all", 9, "exact")]


def test_wounded_alone_are_injured_and_residents_moved_out_displaced():
    assert _read("The shelling left 15 wounded.", "en") == [("injured", "all", 15, "exact")]
    assert _read("About 300 residents were evacuated.", "en") == [
        ("displaced", "all", 300, "about")
    ]


def test_a_hostage_taken_is_no_noun_of_who_they_were():
    # "girov götürülüb" is the verb of the act, not a noun naming the persons: the fate told
    # after it belongs to a part, and the whole stays captured.
    text = "Kənddən 40 nəfər girov götürülüb, onlardan 6-sının taleyi məlum deyil."
    assert ("captured", "all", 40, "exact") in _read(text, "az")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Atışma zamanı 5 nəfər vəfat etmişdir.", ("killed", "all", 5, "exact")),
        ("Yanğın nəticəsində 8 ev məhv etdi.", ("property_destroyed", "homes", 8, "exact")),
        ("Komissiya 11 nəfərin itkin düşdüyünü qeyd etmişdir.", ("missing", "all", 11, "exact")),
    ],
)
def test_etmek_reads_alike_as_ed_and_as_et(text, expected):
    assert _read(text, "az") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Rayon xəstəxanasına 37 nəfər gətirilib.",
        "Xəstəxanaya 37 yaralı gətirilib.",
        "Partlayışdan sonra 37 nəfər xəstəxanaya gətirilib.",
    ],
)
def test_brought_to_hospital_is_injured_with_the_count_between(text):
    assert _read(text, "az") == [("injured", "all", 37, "exact")]
