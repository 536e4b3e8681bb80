"""Azerbaijani "isə" (as for) may stand between the persons in the genitive and their remains
("5 nəfərin isə cəsədi tapılıb": as for five, their bodies were found): the pair is still
the remains of the persons counted. Anything else they own after "isə" ("evi", their home)
is no body. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "Axtarışda 11 nəfər sağ tapılıb, 5 nəfərin isə cəsədi tapılıb.",
        "Çayda 2 balıqçı xilas edilib, 5 nəfərin isə meyiti sahildə aşkarlanıb.",
    ],
)
def test_remains_after_the_topic_particle(text: str) -> None:
    assert ("found_dead", 5) in claim_fields(text, "az", ("category", "count"))


def test_near_miss_a_home_after_the_topic_particle() -> None:
    text = "Zəlzələdə 5 nəfərin isə evi tamamilə dağılıb."
    assert claim_fields(text, "az", ("category", "count")) == []
