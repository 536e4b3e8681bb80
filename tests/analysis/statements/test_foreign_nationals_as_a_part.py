"""Foreign nationals singled out of a whole are a group of their own, in each language ("among
them 9 foreign nationals", «в том числе 9 иностранных граждан», "o cümlədən 9 əcnəbi
vətəndaş"); a count of them that is no part of another names everyone it counts. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The camp held 412 detainees, among them 9 foreign nationals.", "en"),
        ("В лагере содержались 412 задержанных, в том числе 9 иностранных граждан.", "ru"),
        ("Düşərgədə 412 nəfər saxlanılırdı, o cümlədən 9 əcnəbi vətəndaş.", "az"),
    ],
)
def test_foreign_nationals_singled_out_of_a_whole(text, language):
    assert claim_fields(text, language, FIELDS) == [
        ("detained", "all", 412, None),
        ("detained", "foreign nationals", 9, 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The border police detained 9 foreign nationals on Tuesday.", "en"),
        ("Пограничники задержали 9 иностранцев во вторник.", "ru"),
        ("Sərhədçilər çərşənbə axşamı 9 xarici vətəndaşı saxlayıb.", "az"),
    ],
)
def test_near_miss_foreign_nationals_counted_alone_are_everyone(text, language):
    assert claim_fields(text, language, FIELDS) == [("detained", "all", 9, None)]
