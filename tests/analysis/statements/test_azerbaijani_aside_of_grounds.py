"""An aside between commas that gives the grounds of what is said ("ekspertlərin rəyinə
görə", by the experts' opinion) may stand between a part and what it is ("uşaqlara
məxsusdur"); the group is still the part's. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_a_part_of_the_remains_by_the_experts():
    text = (
        "Ekshumasiya zamanı 40 nəfərin qalıqları çıxarılıb. Qalıqlardan 12-si, ekspertlərin "
        "rəyinə görə, uşaqlara məxsusdur."
    )
    assert _read(text) == [("found_dead", "all", 40, None), ("found_dead", "children", 12, 0)]


def test_near_miss_an_aside_of_no_grounds():
    text = (
        "Ekshumasiya zamanı 40 nəfərin qalıqları çıxarılıb. Qalıqlardan 12-si, məsələn, "
        "uşaqlara məxsusdur."
    )
    assert _read(text) == [("found_dead", "all", 40, None)]
