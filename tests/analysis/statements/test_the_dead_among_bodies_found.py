"""The dead named by a marker («среди погибших», "among the dead") where the statement counts
no one killed but bodies or remains found are those bodies: the part is found dead, of the
figure of the bodies. Where someone is counted killed, the marker keeps to that figure.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("В лесу эксгумированы останки 52 человек. Среди погибших семеро детей.", "ru"),
        ("Remains of 52 people were exhumed in the forest. Among the dead were seven children.",
         "en"),
    ],
)  # fmt: skip
def test_the_dead_among_remains_found_are_found_dead(text, language):
    assert figures(text, language) == [
        ("found_dead", "all", 52, None),
        ("found_dead", "children", 7, 0),
    ]


def test_near_miss_the_dead_where_some_are_counted_killed_keep_to_the_killed():
    text = (
        "При обстреле погибли 9 человек. У реки найдены тела 52 человек. Среди погибших трое детей."
    )
    assert figures(text, "ru") == [
        ("killed", "all", 9, None),
        ("found_dead", "all", 52, None),
        ("killed", "children", 3, 0),
    ]
