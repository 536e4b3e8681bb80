"""«следы избиений», «травмы, характерные для пыток»: marks that beating or torture leave,
found on bodies or persons, say they were tortured. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_traces_of_beatings_on_bodies_found():
    assert _read("Эксгумированы тела 75 человек. На 18 телах обнаружены следы избиений.") == [
        ("found_dead", "all", 75, None),
        ("tortured", "all", 18, 0),
    ]


def test_injuries_such_as_torture_leaves():
    text = "Эксгумированы тела 75 человек. У 12 тел выявлены повреждения, характерные для пыток."
    assert _read(text) == [("found_dead", "all", 75, None), ("tortured", "all", 12, 0)]
