"""Who did an act, said with "by" right after its noun ("beatings by prison guards"), belongs
to the act's phrase: it puts no distance between the act and the count the act is said of
("Allegations of beatings by prison guards were received from 40 inmates"). Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "Allegations of beatings by prison guards were received from 40 detainees.",
        "Allegations of torture by the border police were received from 17 detainees.",
    ],
)
def test_an_agent_phrase_after_an_act(text):
    found = claim_fields(text, "en", FIELDS)
    assert found[0][0] == "tortured"


def test_near_miss_an_agent_phrase_after_no_act():
    found = claim_fields(
        "Letters by local journalists were received from 40 detainees.", "en", FIELDS
    )
    assert found == [("detained", 40)]
