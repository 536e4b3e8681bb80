""" "The remaining 11", "qalan 11 nəfər" are the rest of the latest figure of persons, not of
the houses counted since. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The gang took 14 villagers hostage and burned 23 houses. Three of the hostages were "
         "tortured; the remaining 11 were released a week later.", "en"),
        ("Dəstə 14 nəfəri girov götürmüş, 23 yaşayış evini yandırmışdır. Girovlardan 3-ü "
         "işgəncəyə məruz qalmış, qalan 11 nəfər sonra azad edilmişdir.", "az"),
    ],
)  # fmt: skip
def test_the_rest_is_of_the_persons(text, language):
    assert claim_fields(text, language, ("category", "count", "parent")) == [
        ("captured", 14, None),
        ("property_destroyed", 23, None),
        ("tortured", 3, 0),
        ("released", 11, 0),
    ]
