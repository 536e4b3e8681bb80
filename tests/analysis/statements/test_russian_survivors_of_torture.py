"""«переживших пытки»: those who lived through torture were tortured. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_survivors_in_a_list_after_another_fate():
    assert _read("Архив центра содержит данные о 312 убитых и 845 переживших пытки.") == [
        ("killed", "all", 312, None),
        ("tortured", "all", 845, None),
    ]


def test_the_verb_after_the_count():
    assert _read("По оценке юристов, 70 бывших заключённых пережили пытки.") == [
        ("tortured", "all", 70, None),
    ]
