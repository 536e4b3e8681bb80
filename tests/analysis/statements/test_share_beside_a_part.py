"""The share of the whole a part is, said in a parenthesis right after its number ("106 (23
per cent) were women", «106 (23 процента) — женщины», "106-sı (23 faiz) qadındır"), stands
aside: the group after it is still the part's. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Of the 460 civilians killed, 106 (23 per cent) were women.", "en"),
        ("Of the 460 civilians killed, 106 (23%) were women.", "en"),
        ("Из 460 погибших мирных жителей 106 (23 процента) — женщины.", "ru"),
        ("Həlak olan 460 mülki şəxsdən 106-sı (23 faiz) qadındır.", "az"),
    ],
)
def test_the_group_after_the_share_is_the_parts(text, language):
    assert claim_fields(text, language, _FIELDS) == [
        ("killed", "civilians", 460, None),
        ("killed", "women", 106, 0),
    ]


def test_a_verb_after_the_share_names_no_group():
    text = "Of the 460 civilians killed, 106 (23 per cent) were killed by shelling."
    assert claim_fields(text, "en", _FIELDS) == [
        ("killed", "civilians", 460, None),
        ("killed", "civilians", 106, 0),
    ]
