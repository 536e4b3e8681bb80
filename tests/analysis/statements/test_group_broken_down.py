"""Counts in a bracket or after a colon that break a group down by what befell it ("89
children (37 killed and 52 injured)") count that group, when they add up to its count or the
group is given as a share ("Children made up 18 per cent of the casualties (…)"). The group's
own count is casualties, no figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_CHILDREN = [("killed", "children", 37, None), ("injured", "children", 52, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("OHCHR verified 89 child casualties (37 killed and 52 injured).", "en"),
        ("The casualties included 89 children: 37 killed and 52 injured.", "en"),
        ("Children accounted for 18 per cent of the casualties (37 killed and 52 injured).",
         "en"),
        ("УВКПЧ зафиксировало 89 жертв среди детей (37 погибших и 52 раненых).", "ru"),
        ("Среди пострадавших 89 детей (37 погибших и 52 раненых).", "ru"),
        ("Дети составили 18 процентов жертв (37 погибших и 52 раненых).", "ru"),
        ("İtkilər arasında 89 uşaq var (37 ölü və 52 yaralı).", "az"),
        ("Uşaqlar itkilərin 18 faizini təşkil edib (37 ölü və 52 yaralı).", "az"),
    ],
)  # fmt: skip
def test_a_breakdown_of_a_group_counts_the_group(text, language):
    assert claim_fields(text, language, ("category", "subgroup", "count", "parent")) == _CHILDREN


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("OHCHR verified 95 casualties among the children of the camp (37 killed and 52 "
         "injured).", "en"),
        ("Среди пострадавших 95 детей (37 погибших и 52 раненых).", "ru"),
        ("İtkilər arasında 95 uşaq var (37 ölü və 52 yaralı).", "az"),
    ],
)  # fmt: skip
def test_counts_that_do_not_add_up_to_the_group_are_not_of_it(text, language):
    subgroups = [s for _, s, _ in claim_fields(text, language, ("category", "subgroup", "count"))]
    assert subgroups[-2:] == ["all", "all"]


def test_a_group_counted_by_its_own_fate_keeps_its_figure_and_parts():
    text = "Troops detained 89 children (37 were released the next day and 52 remain held)."
    assert claim_fields(text, "en", ("category", "subgroup", "count", "parent")) == [
        ("detained", "children", 89, None),
        ("released", "children", 37, 0),
        ("detained", "children", 52, 0),
    ]
