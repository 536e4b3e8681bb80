"""English joins clauses about the parts of one whole by a semicolon as by "and": "Thirty
were released within a week; at least nine were beaten" — the nine are of the arrested too,
if the two parts fit in the whole; a count that does not fit, or "more" arrested, stays a
figure of its own. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


@pytest.mark.parametrize(
    ("clause", "category"),
    [
        ("at least nine say they were beaten in custody", "tortured"),
        ("two have since died in hospital", "killed"),
    ],
)
def test_a_bare_count_after_a_semicolon_is_another_part(clause, category):
    text = f"The monitors recorded the arrest of 75 people. Forty were freed within days; {clause}."
    assert [c[::2] for c in _read(text)] == [
        ("detained", None),
        ("released", 0),
        (category, 0),
    ]


@pytest.mark.parametrize(
    "clause",
    [
        "50 were beaten in custody",  # 40 and 50 do not fit in 75
        "at least nine more were arrested the next day",
    ],
)
def test_others_after_a_semicolon_stay_apart(clause):
    text = f"The monitors recorded the arrest of 75 people. Forty were freed within days; {clause}."
    assert _read(text)[2][2] is None
