"""Money is no count in any currency: "1,200,000 crowns", «3 400 000 гривен», "300 000 avro".
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The fund paid 1,200,000 crowns to the families of the 12 people killed.", "en"),
        ("Семьям 12 погибших фонд выплатил 1 200 000 гривен.", "ru"),
        ("Fond həlak olan 12 nəfərin ailələrinə 1 200 000 avro ödəyib.", "az"),
    ],
)
def test_money_is_no_count(text, language):
    assert claim_fields(text, language, ("category", "count")) == [("killed", 12)]
