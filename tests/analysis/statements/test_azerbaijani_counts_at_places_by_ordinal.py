"""Azerbaijani says the verb once, last, after counts set at places: a place named by an
ordinal ("birinci məzarlıqda", "ikinci kənddə", "ikincisindən") is a place as a name is, and
the count before the comma has the verb of the count after it. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "qualifier"))


def test_remains_in_the_first_and_the_second_grave():
    text = (
        "Ekspertlər bildirib ki, birinci məzarlıqda ən azı 12 nəfərin, ikinci məzarlıqda isə "
        "5 nəfərin qalıqları tapılıb."
    )
    assert _read(text) == [
        ("found_dead", "all", 12, "at_least"),
        ("found_dead", "all", 5, "exact"),
    ]


def test_killed_in_the_first_and_the_third_village():
    text = "Həmin gün birinci kənddə 8 nəfər, üçüncü kənddə 4 nəfər öldürülüb."
    assert _read(text) == [("killed", "all", 8, "exact"), ("killed", "all", 4, "exact")]


def test_near_miss_a_count_at_a_place_with_a_verb_of_its_own():
    # The first count has its own verb: it takes none from the count after it.
    text = "Həmin gün birinci kənddə 8 nəfər yaralanıb, ikinci kənddə 4 nəfər öldürülüb."
    assert _read(text) == [("injured", "all", 8, "exact"), ("killed", "all", 4, "exact")]
