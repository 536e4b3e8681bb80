"""A table on its side whose header names groups of persons beside the total ("Act | Total |
Women | Boys") counts each group in its column, a part of the total in the same row; columns
headed by places stay everyone's. Tables written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    fields = ("category", "subgroup", "count", "parent")
    return sorted(claim_fields(text, "en", fields), key=lambda f: (f[0], f[2] or 0))


def test_columns_of_groups_are_parts_of_the_total():
    text = "Harm recorded this spring\n\nAct | Total | Women | Boys\nKilled | 40 | 12 | 5\n"
    assert [(c, s, n, p is not None) for c, s, n, p in figures(text)] == [
        ("killed", "boys", 5, True),
        ("killed", "women", 12, True),
        ("killed", "all", 40, False),
    ]


def test_columns_of_places_stay_everyones():
    text = "Harm recorded this spring\n\nAct | Total | Arden | Bellmoor\nKilled | 40 | 12 | 5\n"
    assert [(c, s, n) for c, s, n, _ in figures(text)] == [
        ("killed", "all", 5),
        ("killed", "all", 12),
        ("killed", "all", 40),
    ]
