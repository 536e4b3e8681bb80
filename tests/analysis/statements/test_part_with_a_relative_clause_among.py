"""A part whose persons a relative clause describes before its "were among …" ("three
reporters who were filming the march were among those detained") is a part of the latest
figure of that fate, as it is without the clause. A relative clause that names an act of
its own, or a predicate that is no fate ("were among the first to help"), makes no such
part. Sentences written here."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


def _read(text: str) -> list[tuple[str, str, int | None, int | None]]:
    claims = read_statement(text, "en").claims
    return [(c.category, c.subgroup, c.count, c.parent) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police detained about 80 people at the march. Four reporters who were filming "
            "the march were among those detained.",
            [("detained", "all", 80, None), ("detained", "journalists", 4, 0)],
        ),
        (
            "At least 25 people were killed when the market was shelled. Two women who sold "
            "bread there were among the dead.",
            [("killed", "all", 25, None), ("killed", "women", 2, 0)],
        ),
    ],
)
def test_a_part_described_by_a_relative_clause(text, expected):
    assert _read(text) == expected


def test_a_predicate_that_is_no_fate_makes_no_part():
    text = (
        "At least 25 people were killed when the market was shelled. Two women who sold bread "
        "there were among the first to help."
    )
    assert _read(text) == [("killed", "all", 25, None)]
