"""Parts named before their whole: "iki uşaq da daxil olmaqla yeddi nəfər" (seven, two
children among them), and a sentence that opens with "Including …" / «Включая …». A part
after its whole's comma stays as it was. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language", "category", "subgroup"),
    [
        ("Dörd qadın da daxil olmaqla 15 nəfər girov götürülüb.", "az", "captured", "women"),
        ("Dörd qadın daxil olmaqla 15 nəfər girov götürülüb.", "az", "captured", "women"),
        ("Dörd uşaq da daxil olmaqla on beş nəfər həlak olub.", "az", "killed", "children"),
        ("Including four women, 15 people were taken hostage.", "en", "captured", "women"),
        ("Включая четверых детей, погибли 15 человек.", "ru", "killed", "children"),
    ],
)
def test_a_part_named_first_is_a_part_of_the_whole_after_it(text, language, category, subgroup):
    assert _read(text, language) == [(category, subgroup, 4, 1), (category, "all", 15, None)]


def test_a_part_after_the_whole_stays_a_part_of_it():
    text = "Fifteen people, including four women, were taken hostage."
    assert _read(text, "en") == [("captured", "all", 15, None), ("captured", "women", 4, 0)]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "5-i uşaq olmaqla 20 nəfər həlak olub.",
            [("killed", "children", 5, 1), ("killed", "all", 20, None)],
        ),
        (
            "Onlardan iyirmi beşi uşaq olmaqla 120 nəfər həlak olub.",
            [("killed", "children", 25, 1), ("killed", "all", 120, None)],
        ),
        (
            "Hücumda 5-i qadın olmaqla 30 nəfər yaralanıb, 10 nəfər həlak olub.",
            [("injured", "women", 5, 1), ("injured", "all", 30, None), ("killed", "all", 10, None)],
        ),
    ],
)
def test_a_part_being_of_a_group_without_daxil_is_a_part(text, claims):
    fields = ("category", "subgroup", "count", "parent")
    assert claim_fields(text, "az", fields) == claims


def test_persons_being_so_many_each_are_no_part():
    # "each of them being five people": no group named, no part of the three.
    text = "Hər biri 5 nəfər olmaqla 3 qrup saxlanılıb."
    assert 5 not in [c[0] for c in claim_fields(text, "az", ("count",))]
