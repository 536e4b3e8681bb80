"""A slip in a short name is not a different name where the rest of the record agrees;
a sibling's name, a whole name apart, still is."""

from __future__ import annotations

from tests.analysis.linkage.pair_level import level_of

FATHER_AND_YEAR = {"patronymic": "Vəli oğlu", "birth_year": "1961"}


def _given(left: str, right: str, **other: str) -> str:
    level = level_of(
        {"surname": "Quliyev", "given_name": left, **FATHER_AND_YEAR},
        {"surname": "Quliyev", "given_name": right, **FATHER_AND_YEAR, **other},
        "given_name",
    )
    return "differ" if level._is_else_level else str(level.label_for_charts)


def test_a_slip_in_a_short_given_name_is_no_other_name_when_father_and_year_agree() -> None:
    assert _given("Əli", "Ail") == "slip in a short name, father and year agree"
    assert _given("Ali", "Ai") == "slip in a short name, father and year agree"
    # Born another year: a brother as much as a slip.
    assert _given("Əli", "Ail", birth_year="1964") == "differ"


def test_a_sibling_s_name_still_differs() -> None:
    assert _given("Əli", "Musa") == "differ"
    assert _given("Əli", "Ayaz") == "differ"  # same first letter, more than one slip


def test_a_slip_in_a_short_surname_is_no_other_surname_when_the_names_agree() -> None:
    same_names = {"given_name": "Rauf", "patronymic": "Vəli oğlu"}
    slip = "slip in a short surname, given and father's names agree"
    level = level_of(
        {"surname": "Əliyev", **same_names}, {"surname": "Əkiyev", **same_names}, "surname"
    )
    assert level.label_for_charts == slip
    other = {**same_names, "given_name": "Rasim"}
    level = level_of({"surname": "Əliyev", **same_names}, {"surname": "Əkiyev", **other}, "surname")
    assert level._is_else_level


def test_a_slip_in_a_short_father_s_name_is_no_other_father_when_name_and_year_agree() -> None:
    slip = "slip in a short father's name, given name and year agree"
    left = {"surname": "Rəhimov", "given_name": "Fikrət", "birth_year": "1981"}
    level = level_of({**left, "patronymic": "Əli oğlu"}, {**left, "patronymic": "Ail oğlu"},
                     "patronymic")  # fmt: skip
    assert level.label_for_charts == slip
    # A cousin of the same name born another year, or another given name: two fathers.
    for other in ({"birth_year": "1983"}, {"given_name": "Fərid"}):
        level = level_of({**left, "patronymic": "Əli oğlu"},
                         {**left, **other, "patronymic": "Ail oğlu"}, "patronymic")  # fmt: skip
        assert level._is_else_level


def test_a_slip_in_a_short_given_name_where_one_side_gives_no_father() -> None:
    slip = "slip in a short name, father and year agree"
    no_father = {"surname": "Quliyev", "birth_year": "1961"}
    for left, right in (("Əli", "Əi"), ("Əli", "Ail")):
        level = level_of({**no_father, "given_name": left},
                         {**no_father, "given_name": right, **FATHER_AND_YEAR}, "given_name")  # fmt: skip
        assert level.label_for_charts == slip
    # No year on one side, another year, or two fathers: a slip no more than a brother.
    for other in ({"birth_year": ""}, {"birth_year": "1964"}, {"patronymic": "Musa oğlu"}):
        level = level_of({**FATHER_AND_YEAR, "surname": "Quliyev", "given_name": "Əli"},
                         {**no_father, **other, "given_name": "Əi"}, "given_name")  # fmt: skip
        assert level._is_else_level


def test_a_slip_in_a_short_given_name_where_the_father_agrees_and_one_side_gives_no_year() -> None:
    slip = "slip in a short name, father and year agree"
    with_year = {"surname": "Quliyev", "given_name": "Əli", **FATHER_AND_YEAR}
    for right in ("Əi", "Ail"):
        level = level_of(with_year, {"surname": "Quliyev", "given_name": right,
                                     "patronymic": "Vəli oğlu"}, "given_name")  # fmt: skip
        assert level.label_for_charts == slip
    # No year and no father on one side, or two fathers: nothing stands for the year.
    for patronymic in ("", "Musa oğlu"):
        level = level_of(with_year, {"surname": "Quliyev", "given_name": "Əi",
                                     "patronymic": patronymic}, "given_name")  # fmt: skip
        assert level._is_else_level
