"""«В настоящее время под стражей находятся 18 человек», «сейчас под стражей»: "now" says a
state goes on, as «до сих пор» and the Azerbaijani "hazırda" do, so the count is the part of
the detained still held; more than were detained is a figure of its own. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize("now", ["В настоящее время", "Сейчас"])
def test_those_held_now_are_a_part_of_the_detained(now):
    text = f"После акции в отделы доставлены 150 граждан. {now} под стражей находятся 18 человек."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 150, None), ("detained", 18, 0)]


def test_near_miss_more_than_were_detained():
    text = "После акции в отделы доставлены 15 граждан. Сейчас под стражей находятся 180 человек."
    assert claim_fields(text, "ru", FIELDS)[1] == ("detained", 180, None)
