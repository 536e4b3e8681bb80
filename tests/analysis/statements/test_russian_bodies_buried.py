"""Bodies buried in a grave («в братской могиле захоронено не менее 440 тел») were found, as
bodies seen or lying there are; persons buried are counted by their own fate («захоронены 12
погибших»: killed), and graves stay graves («11 захоронений»). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В общей могиле у фермы захоронено не менее 130 тел.", [("found_dead", 130, "at_least")]),
        ("На сельском кладбище захоронили 9 погибших.", [("killed", 9, "exact")]),
        (
            "Выявлено 4 массовых и 9 одиночных захоронений.",
            [("burial_sites", 4, "exact"), ("burial_sites", 9, "exact")],
        ),
    ],
)
def test_bodies_buried_were_found(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected
