"""An entry with no given name is held apart from a record of the other sex: a brother
or a sister shares everything else such an entry gives (surname, father, place, event)."""

from __future__ import annotations

from tests.analysis.linkage.pair_level import level_of

from rightsledger.analysis.linkage import explain_pair

BROTHER = {"given_name": "Ziya", "surname": "İsmayılov", "patronymic": "Şamil oğlu",
           "birth_year": "1957", "event_date": "08.03.1994"}  # fmt: skip


def _given(nameless: dict[str, str]) -> str:
    level = level_of(nameless, BROTHER, "given_name")
    return "differ" if level._is_else_level else str(level.label_for_charts)


def test_a_nameless_entry_of_the_other_sex_differs_as_another_given_name_does() -> None:
    sister = {"surname": "Исмаилова", "patronymic": "Шамиль кызы", "birth_year": "1957"}
    assert _given(sister) == "differ"
    # The same sex, or a sex that cannot be told: nothing to compare, as before.
    assert _given({**sister, "surname": "Исмаилов", "patronymic": "Шамиль оглы"}) == (
        "no given name"
    )
    assert _given({"surname": "Исмаил", "patronymic": "Шамиль"}) == "no given name"
    # An initial is a given name: compared as one.
    assert _given({**sister, "given_name": "З."}) != "differ"


def test_the_review_says_so() -> None:
    reasons = explain_pair(
        {"full_name": "Исмаилова Шамиль кызы"}, {"full_name": "Ismailov Ziya Shamil ogly"}
    )
    said = [r for r in reasons if r.key == "no_given_name_other_sex"]
    assert [(r.values, r.direction) for r in said] == [
        (("Исмаилова Шамиль кызы", "Ismailov Ziya Shamil ogly"), "against")
    ]
    brother = explain_pair({"full_name": "Исмаилов Шамиль оглы"}, {"full_name": "Ismailov Ziya"})
    assert "no_given_name_other_sex" not in [r.key for r in brother]


def test_a_nameless_entry_born_two_or_more_years_apart_differs() -> None:
    brother = {"surname": "İsmayılov", "patronymic": "Şamil oğlu"}
    assert _given({**brother, "birth_year": "1955"}) == "differ"
    assert _given({**brother, "birth_year": "1956"}) == "no given name"  # an age off by one
    assert _given(brother) == "no given name"  # no year: nothing to tell
    reasons = explain_pair({**brother, "birth_year": "1955"}, BROTHER)
    said = [r for r in reasons if r.key == "no_given_name_years_apart"]
    assert [(r.values, r.direction) for r in said] == [(("2", "1955", "1957"), "against")]
    assert "born_years_apart" in [r.key for r in explain_pair(
        {**BROTHER, "birth_year": "1955"}, BROTHER)]  # fmt: skip
