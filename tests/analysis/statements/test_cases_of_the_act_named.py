"""Cases counted after the sentence names an act ("Enforced disappearance remained
widespread: monitors documented 45 new cases") are cases of that act, not of the fate
counted in the sentence before; cases still being verified are no figure yet. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The shelling killed 100 civilians. Enforced disappearance remained widespread: "
         "monitors documented 45 new cases.", "en"),
        ("В городе погибли 100 мирных жителей. Насильственные исчезновения по-прежнему "
         "распространены: правозащитники зафиксировали 45 новых случаев.", "ru"),
    ],
)  # fmt: skip
def test_cases_of_the_act_the_sentence_names(text, language):
    assert claim_fields(text, language, ("category", "count")) == [
        ("killed", 100),
        ("disappeared", 45),
    ]


def test_cases_with_no_act_named_are_of_the_figure_before():
    text = "Officials put the number of disappeared at 90, while lawyers documented 238 cases."
    assert claim_fields(text, "en", ("category", "count")) == [
        ("disappeared", 90),
        ("disappeared", 238),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("According to verified information, 12 civilians were killed and 29 injured; a "
         "further 14 cases are being verified.", "en"),
        ("По подтверждённым данным, погибли 12 мирных жителей, ранены 29; ещё 14 случаев "
         "проверяются.", "ru"),
        ("Təsdiqlənmiş məlumatlara görə, 12 mülki şəxs həlak olub, 29 nəfər yaralanıb; daha 14 "
         "hal araşdırılır.", "az"),
    ],
)  # fmt: skip
def test_cases_still_being_verified_are_no_figure(text, language):
    assert claim_fields(text, language, ("category", "count")) == [("killed", 12), ("injured", 29)]


def test_cases_documented_are_still_of_the_figure_before():
    text = "12 civilians were killed and 29 injured; lawyers documented a further 14 cases."
    assert claim_fields(text, "en", ("category", "count")) == [
        ("killed", 12),
        ("injured", 29),
        ("injured", 14),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Monitors recorded 88 cases of torture, of which 52 are attributed to prison staff.",
        "Monitors recorded 88 cases of torture, 52 of which occurred in two prisons.",
    ],
)
def test_a_part_of_cases_placed_or_attributed_is_of_the_same_act(text):
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("tortured", 88, None),
        ("tortured", 52, 0),
    ]


def test_near_miss_persons_of_whom_some_are_attributed_nothing():
    text = "Police detained 300 people, of whom 40 were attributed to the army."
    assert claim_fields(text, "en", ("category", "count", "parent")) == [("detained", 300, None)]
