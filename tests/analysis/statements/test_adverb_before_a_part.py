"""An adverb between a part's fronted predicate and its number («из них опознаны пока 31», «уже»)
leaves the number the marker's part. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize("adverb", ["пока", "уже"])
def test_an_adverb_before_the_number_keeps_the_part(adverb):
    text = f"У дороги на Сосновку эксгумированы тела 63 человек; из них опознаны {adverb} 31."
    assert ("identified", 31, 0) in claim_fields(text, "ru", FIELDS)
