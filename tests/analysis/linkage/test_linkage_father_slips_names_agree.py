"""A father's name a slip or two from an established one (letters dropped or misread:
Маед for Мамед, Kasu for Qasım), with the given name and the surname the same and the birth
years not apart, is that name spoiled: the pair is no longer held apart as two fathers'
sons.  A cousin of the same name born another year, another given name or surname, two
established fathers' names and a small input still differ."""

from __future__ import annotations

import pandas as pd
from tests.analysis.linkage.pair_level import level_among

from rightsledger.analysis.linkage import explain_pair

SLIPS = "a slip or two in a father's name, given name and surname agree"
# Others in the lists whose fathers are Мамед and Камиль, so that both are established.
OTHERS = [
    {"surname": surname, "given_name": given, "patronymic": father}
    for father in ("Мамед оглы", "Камиль оглы", "Камал оглы")
    for surname, given in (("Алиев", "Ровшан"), ("Гасанов", "Эльчин"), ("Исмаилов", "Назим"),
                           ("Керимов", "Тофик"), ("Рзаев", "Фуад"), ("Джафаров", "Вугар"))
]  # fmt: skip
VAGIF = {"surname": "Кулиев", "given_name": "Вагиф", "patronymic": "Мамед оглы",
         "birth_year": "1961"}  # fmt: skip


def _father(left: dict[str, str], right: dict[str, str], others: list[dict[str, str]]) -> str:
    records = pd.DataFrame([left, right, *others]).fillna("")
    records["source"] = [f"list{i % 3}" for i in range(len(records))]
    level = level_among(records, 0, 1, "patronymic")
    return "differ" if level._is_else_level else str(level.label_for_charts)


def test_letters_dropped_from_a_father_s_name_are_a_slip_where_name_and_surname_agree() -> None:
    # Маед (mat) for Мамед (mamat): two letters of a short name, one side giving no year
    # (nothing stands against the slip) ...
    assert _father(VAGIF, {**VAGIF, "patronymic": "Маед оглы", "birth_year": ""}, OTHERS) == SLIPS
    # ... or born the same year, Маед written too often for a rare slip (a slip of so common
    # a name recurs), not as often as names are.
    recurring = [{**other, "patronymic": "Маед оглы"} for other in OTHERS[:3]]
    slipped = {**VAGIF, "patronymic": "Маед оглы"}
    assert _father(VAGIF, slipped, [*OTHERS, *recurring]) == SLIPS


def test_a_cousin_another_name_or_two_established_fathers_still_differ() -> None:
    slipped = {**VAGIF, "patronymic": "Маед оглы"}
    # The near misses: a cousin named after the same grandfather, born another year; a man
    # of another given name, or of another family who gives no year (born the same year,
    # the rare slip's level would take him).
    assert _father(VAGIF, {**slipped, "birth_year": "1966"}, OTHERS) == "differ"
    assert _father(VAGIF, {**slipped, "given_name": "Вугар"}, OTHERS) == "differ"
    no_year = {**slipped, "birth_year": ""}
    assert _father(VAGIF, {**no_year, "surname": "Керимов"}, OTHERS) == "differ"
    # Камиль / Камал, both written as often as names are: two fathers, however alike.
    kamil = {**VAGIF, "patronymic": "Камиль оглы"}
    assert _father(kamil, {**VAGIF, "patronymic": "Камал оглы"}, OTHERS) == "differ"


def test_in_a_small_input_no_father_s_name_is_established_and_two_slips_still_differ() -> None:
    assert _father(VAGIF, {**VAGIF, "patronymic": "Маед оглы"}, OTHERS[:2]) == "differ"


def test_the_reviewer_reads_it_as_a_possible_slip_and_another_year_as_two_fathers() -> None:
    left = {"full_name": "Кулиев Вагиф Мамед оглы", "birth_year": "1961"}
    right = {"full_name": "Кулиев Вагиф Маед оглы"}
    reasons = {r.key: r for r in explain_pair(left, right)}
    assert reasons["father_slips_names_agree"].direction == "neither"
    assert reasons["father_slips_names_agree"].values == ("Мамед", "Маед")
    born_later = {r.key for r in explain_pair(left, {**right, "birth_year": "1966"})}
    assert "father_names_differ" in born_later
