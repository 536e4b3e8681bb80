"""A statement shaped like an ombudsman's gives all its figures, nested, in one step."""

from __future__ import annotations

from pathlib import Path

import pytest

from rightsledger.analysis.statements import read_statement

SHAPED = (
    "On 4 June 2001 the village of Talvar was overrun. The assault killed 214 civilians – "
    "including 40 women, 33 children and 27 elderly people – and seriously injured 198 others. "
    "Some 60 of the 530 villagers that the attackers captured remain missing, while five "
    "families were completely wiped out."
)
EXPECTED = [
    ("killed", "civilians", 214, "exact", None),
    ("killed", "women", 40, "exact", 0),
    ("killed", "children", 33, "exact", 0),
    ("killed", "elderly", 27, "exact", 0),
    ("injured", "all", 198, "exact", None),
    ("missing", "all", 60, "about", 6),
    ("captured", "all", 530, "exact", None),
    ("families_wiped_out", "all", 5, "exact", None),
]
EXAMPLE = Path(__file__).resolve().parents[4] / "shared" / "examples" / "ombudsman-statement.txt"


def _shape(text: str) -> list[tuple]:
    return [
        (c.category, c.subgroup, c.count, c.qualifier, c.parent)
        for c in read_statement(text).claims
    ]


def test_a_statement_of_the_same_shape():
    assert _shape(SHAPED) == EXPECTED


@pytest.mark.skipif(not EXAMPLE.exists(), reason="the shared example is not beside the project")
def test_the_shared_example_when_present():
    claims = _shape(EXAMPLE.read_text(encoding="utf-8"))
    assert [c[:3] for c in claims] == [
        ("killed", "civilians", 613),
        ("killed", "women", 106),
        ("killed", "children", 63),
        ("killed", "elderly", 70),
        ("injured", "all", 487),
        ("missing", "all", 150),
        ("captured", "all", 1275),
        ("families_wiped_out", "all", 8),
    ]
    assert [c[4] for c in claims] == [None, 0, 0, 0, None, 6, None, None]
