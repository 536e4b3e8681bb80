"""Russian: a limb lost or cut off is a degree of being hurt, as being in a grave condition is:
the persons who lost it, named by the injured's noun or «из них», are a part of the latest
figure of the injured («Не менее девяти раненых перенесли ампутацию», «восемь из них
лишились конечностей»). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "При обстреле рынка ранены 35 человек. Не менее девяти раненых перенесли ампутацию.",
            [("injured", 35, None), ("injured", 9, 0)],
        ),
        (
            "За год от мин пострадали 30 человек; восемь из них лишились конечностей.",
            [("injured", 30, None), ("injured", 8, 0)],
        ),
        (
            "Ранения получили 22 жителя. Шестеро раненых потеряли конечности.",
            [("injured", 22, None), ("injured", 6, 0)],
        ),
    ],
)
def test_a_limb_lost_by_a_part_of_the_injured(text, expected):
    assert claim_fields(text, "ru", FIELDS)[: len(expected)] == expected


def test_near_miss_a_part_of_the_injured_with_a_verb_of_no_harm():
    text = "При обстреле рынка ранены 35 человек. Девять раненых выписаны из больницы."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 35, None), ("injured", 9, None)]


def test_the_injured_by_their_noun_past_a_smaller_count_of_the_hurt():
    text = (
        "С начала года от мин погибли 11 человек, ещё 40 получили ранения. Трое "
        "спасателей ранены в мае. Не менее девяти раненых перенесли ампутацию."
    )
    found = claim_fields(text, "ru", FIELDS)
    assert ("injured", 9, 1) in found


def test_near_miss_a_degree_counted_by_persons_stays_beside_a_smaller_count():
    text = (
        "С начала года от мин погибли 11 человек, ещё 40 получили ранения. Трое "
        "спасателей ранены в мае. Девять человек госпитализированы."
    )
    found = claim_fields(text, "ru", FIELDS)
    assert ("injured", 9, None) in found
