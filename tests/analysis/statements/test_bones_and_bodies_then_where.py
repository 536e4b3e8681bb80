"""Bones found are remains found («найдены кости семи человек», "yeddi nəfərin sümükləri
tapıldı"); an Azerbaijani "N nəfərin meyiti" is a whole noun phrase, and a genitive after it
("kəndin kənarında") says where, not what was counted. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In 2011 the bones of eleven people were found in a dry well near Arve.", "en"),
        ("В 2011 году в сухом колодце у Арве найдены кости одиннадцати человек.", "ru"),
        ("2011-ci ildə Arve yaxınlığındakı quru quyuda on bir nəfərin sümükləri tapıldı.", "az"),
    ],
)
def test_bones_found_are_remains_found(text, language):
    assert claim_fields(text, language, ("category", "count")) == [("found_dead", 11)]


def test_a_genitive_after_the_bodies_says_where():
    text = "Arvedə 30 nəfər həlak olub, onlardan 11 nəfərin meyiti çayın sahilində tapılıb."
    assert claim_fields(text, "az", ("category", "subgroup", "count", "parent")) == [
        ("killed", "all", 30, None),
        ("found_dead", "all", 11, 0),
    ]
