"""A count in a bracket right after a share ("Women made up 23 per cent of those killed
(106)", «Женщины составили 23 процента погибших (106 человек)», "Həlak olanların 23 faizini
(106 nəfər) qadınlar təşkil edib") counts the group the share is of, with the act it is taken
of. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Women made up 23 per cent of those killed (106).", "en"),
        ("Женщины составили 23 процента погибших (106 человек).", "ru"),
        ("Həlak olanların 23 faizini (106 nəfər) qadınlar təşkil edib.", "az"),
    ],
)
def test_the_count_beside_a_share_is_the_groups(text, language):
    assert claim_fields(text, language, _FIELDS) == [("killed", "women", 106, None)]


def test_a_bracket_with_no_share_before_it_is_no_such_count():
    text = "Women queued outside the office (106) on Monday."
    assert claim_fields(text, "en", _FIELDS) == []
