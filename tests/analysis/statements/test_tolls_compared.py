"""Sources compared on a toll named before their numbers: each source's bare number, given by
a verb of counting ("counted", "reaches", "a range of", «называют», «содержат», «возросло
до») or set beside the toll's name, counts the toll; numbers of anything else, or in a
sentence that names another act, do not. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(
        text, language, ("category", "subgroup", "count", "count_low", "count_high", "parent")
    )


def test_each_source_counts_the_toll_named_before_a_colon():
    text = (
        "Scholars argue over the number of dead: a 1951 inquiry counted 2,480, "
        "and recent studies range from 3,000 to 3,600."
    )
    assert _read(text, "en") == [
        ("killed", "all", 2480, None, None, None),
        ("killed", "all", None, 3000, 3600, None),
    ]


def test_the_toll_holds_for_the_sentences_after_it_with_parts_of_a_list():
    text = (
        "Figures for the death toll differ. The villagers' own list reaches 612, "
        "of whom 140 were children. A survey by two geographers suggests a range of 700 to 800."
    )
    assert _read(text, "en") == [
        ("killed", "all", 612, None, None, None),
        ("killed", "children", 140, None, None, 0),
        ("killed", "all", None, 700, 800, None),
    ]


def test_a_number_set_beside_the_name_of_the_toll_counts_it():
    text = "Our own estimate of enforced disappearances, roughly 900, exceeds the police figure."
    assert _read(text, "en") == [("disappeared", "all", 900, None, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Оценки людских потерь среди жителей долины различаются. "
        "Волонтёрские списки насчитывают 1 310 фамилий.",
        "Число погибших при взрыве на складе возросло до 1 310.",
    ],
)
def test_a_russian_toll_is_counted_by_a_list_or_a_rise(text):
    assert _read(text, "ru") == [("killed", "all", 1310, None, None, None)]


def test_numbers_of_other_things_are_no_part_of_the_toll():
    text = (
        "Estimates of the death toll vary. The archive lists 340 folders, "
        "and the inquiry heard 52 witnesses."
    )
    assert _read(text, "en") == []


def test_a_sentence_that_names_another_act_keeps_its_own_numbers():
    text = "Estimates of the death toll vary. Police counted 45 arrested at the gate."
    assert [c[0] for c in _read(text, "en")] == ["detained"]


def test_the_toll_does_not_reach_into_another_paragraph():
    text = "Estimates of the death toll vary widely.\n\nBy Friday the appeal had counted 4,000."
    assert _read(text, "en") == []
