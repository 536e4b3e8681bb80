"""Remains or bodies of persons counted are persons found dead, unless their clause says
they are still sought (no figure) or not found (missing); what is identified "of them" or "of the victims" is a
part of them, in the sentence after too. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

from rightsledger.analysis.statements import read_statement


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The trench held the remains of 40 people.", "en"),
        ("Investigators opened a pit holding the remains of 40 people.", "en"),
        ("В траншее находились останки 40 человек.", "ru"),
        ("Quyudan 40 nəfərə məxsus insan qalıqları çıxarılıb.", "az"),
    ],
)
def test_remains_counted_where_they_lay_were_found(text, language):
    assert figures(text, language) == [("found_dead", "all", 40, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Relatives are still searching for the remains of 40 people.", "en"),
        ("Родственники ищут останки 40 человек.", "ru"),
        ("Yaxınları 40 nəfərin qalıqlarını axtarır.", "az"),
    ],
)
def test_remains_still_sought_were_not_found(text, language):
    assert read_statement(text, language).claims == ()


def test_persons_whose_remains_were_not_found_are_missing():
    # Said of them, not of a search: they are missing (``test_found_or_not``).
    text = "Останки 40 человек до сих пор не найдены."
    assert figures(text, "ru") == [("missing", "all", 40, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The trench held the remains of 40 people. Forensic experts have so far identified "
            "12 of the victims, including 3 women.",
            "en",
        ),
        (
            "Quyudan 40 nəfərə məxsus insan qalıqları çıxarılıb. DNT analizi ilə onlardan 12 "
            "nəfərin şəxsiyyəti müəyyən edilib, bunlardan 3-ü qadındır.",
            "az",
        ),
        (
            "В траншее находились останки 40 человек. На сегодня установлены личности 12 из "
            "них, в том числе трёх женщин.",
            "ru",
        ),
    ],
)
def test_the_identified_of_them_are_a_part_of_the_remains(text, language):
    assert figures(text, language) == [
        ("found_dead", "all", 40, None),
        ("identified", "all", 12, 0),
        ("identified", "women", 3, 1),
    ]


def test_grave_sites_are_burial_sites():
    text = "This month the forensic teams worked at three grave sites near the quarry."
    assert claim_fields(text, "en", ("category", "count")) == [("burial_sites", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "remains" before what is still so is the verb: the fate of 89 persons (of the
        # detained, so disappeared: test_whereabouts_of_detainees).
        (
            "Of the 1,208 persons detained, 406 have been released and the fate of 89 remains "
            "unknown.",
            [
                ("detained", "all", 1208, None),
                ("released", "all", 406, 0),
                ("disappeared", "all", 89, 0),
            ],
        ),
        ("The fate of 89 remains unknown.", [("missing", "all", 89, None)]),
        # A count of remains is still of bodies found.
        ("89 remains were exhumed from the site.", [("found_dead", "all", 89, None)]),
    ],
)
def test_remains_as_a_verb_counts_no_bodies(text, expected):
    assert figures(text, "en") == expected
