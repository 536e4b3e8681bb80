"""Fact-sheet forms of a toll and its parts, in the three languages (sentences written here):
- a joint label ("Casualties:", «Пострадавшие:») before counts that name their own act
  ("45 dead") leaves each count its own act;
- a parenthesis of groups after the verb that follows its count at once ("31 were killed (9
  women, 4 children)") breaks that count down, as one right after the count does;
- an act's label and its count, then groups each with a label and a count ("Killed — 31,
  women — 9, children — 4") are the total and its parts."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Casualties of the night: 23 dead, 61 wounded.", "en"),
        ("Пострадавшие: 23 погибших, 61 раненый.", "ru"),
    ],
)
def test_counts_after_a_joint_label_keep_their_own_act(text, language):
    assert claim_fields(text, language, FIELDS) == [
        ("killed", "all", 23, "exact", None),
        ("injured", "all", 61, "exact", None),
    ]


def test_near_miss_a_joint_label_over_persons_alone_is_no_figure():
    # "Casualties" counts the dead and the hurt together: no figure of either.
    assert claim_fields("Casualties of the night: 84 people.", "en", FIELDS) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In the shelling of Dorn 31 people were killed (9 women, 4 children).", "en"),
        ("Dorn kəndinin atəşə tutulması nəticəsində 31 nəfər həlak olub (9 qadın, 4 uşaq).", "az"),
    ],
)
def test_groups_in_brackets_after_the_verb_are_parts(text, language):
    assert claim_fields(text, language, FIELDS) == [
        ("killed", "all", 31, "exact", None),
        ("killed", "women", 9, "exact", 0),
        ("killed", "children", 4, "exact", 0),
    ]


def test_near_miss_days_in_brackets_after_the_verb_are_no_groups():
    text = "31 people were detained (9 on Friday, 22 on Saturday)."
    assert claim_fields(text, "en", FIELDS)[0] == ("detained", "all", 31, "exact", None)
    assert ("detained", "women", 9, "exact", 0) not in claim_fields(text, "en", FIELDS)


def test_near_miss_groups_in_brackets_that_exceed_the_count():
    # Read as the same brackets right after the count are: no parts, the toll alone.
    text = "31 people were killed (29 women, 4 children)."
    assert claim_fields(text, "en", FIELDS) == [("killed", "all", 31, "exact", None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Killed - 31; of them women - 9, children - 4.", "en"),
        ("Abducted: 31, women: 9, children: 4.", "en"),
        ("Раненых – 31, из них женщин – 9, детей – 4.", "ru"),
        ("Girov götürülənlər – 31; onlardan qadınlar – 9, uşaqlar – 4.", "az"),
    ],
)
def test_an_act_s_count_then_groups_with_theirs(text, language):
    found = claim_fields(text, language, FIELDS)
    category = found[0][0]
    assert category in {"killed", "injured", "captured"}
    assert found == [
        (category, "all", 31, "exact", None),
        (category, "women", 9, "exact", 0),
        (category, "children", 4, "exact", 0),
    ]


def test_near_miss_two_acts_each_with_its_count():
    assert claim_fields("Killed: 31, injured: 77.", "en", FIELDS) == [
        ("killed", "all", 31, "exact", None),
        ("injured", "all", 77, "exact", None),
    ]
