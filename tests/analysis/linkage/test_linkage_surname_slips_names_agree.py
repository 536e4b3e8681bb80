"""A short surname a slip or two from an established one (letters dropped or misread:
Маедова for Мамедова, KUIEV for Кулиев), with the given name and the father's name written
the same, is that surname spoiled: the pair is no longer counted as two families.  Another
father's name, none on one side, another given name, two established surnames, a small
input where no surname is established, and surnames three slips apart still differ."""

from __future__ import annotations

import pandas as pd
from tests.analysis.linkage.pair_level import level_among

from rightsledger.analysis.linkage import explain_pair

SLIPS = "a slip or two in a surname, given and father's names agree"
# Others in the lists who write Мамедова, Quliyev and Hüseynov out, so that they are
# established surnames.
OTHERS = [
    *({"surname": "Мамедова", "given_name": given}
      for given in ("Айгюн", "Сона", "Лала", "Нигяр", "Севда", "Зарифа")),
    *({"surname": surname, "given_name": given}
      for surname in ("Quliyev", "Hüseynov")
      for given in ("Rəşad", "Vüqar", "Elçin", "Nazim", "Tofiq", "Kamal")),
]  # fmt: skip
SEVINJ = {"surname": "Мамедова", "given_name": "Севиндж", "patronymic": "Самед кызы"}
VAQIF = {"surname": "Quliyev", "given_name": "Vaqif", "patronymic": "Əli oğlu"}


def _surname(left: dict[str, str], right: dict[str, str], others: list[dict[str, str]]) -> str:
    records = pd.DataFrame([left, right, *others]).fillna("")
    records["source"] = [f"list{i % 3}" for i in range(len(records))]
    level = level_among(records, 0, 1, "surname")
    return "differ" if level._is_else_level else str(level.label_for_charts)


def test_letters_dropped_from_a_short_surname_are_a_slip_where_both_names_agree() -> None:
    # Маедова, Ммедова (mat) for Мамедова (mamat): two letters of a short root.
    assert _surname(SEVINJ, {**SEVINJ, "surname": "Маедова"}, OTHERS) == SLIPS
    assert _surname(SEVINJ, {**SEVINJ, "surname": "Ммедова"}, OTHERS) == SLIPS
    # KUIEV (kui) for Quliyev (kulu), with the father's name in another convention.
    right = {"surname": "KUIEV", "given_name": "Vagif", "patronymic": "Alievich"}
    assert _surname(VAQIF, right, OTHERS) == SLIPS


def test_another_father_none_another_given_name_or_two_established_surnames_differ() -> None:
    slipped = {**SEVINJ, "surname": "Маедова"}
    # The near misses: a namesake of another family (another father), an entry that gives
    # no father's name, a sister (another given name).
    assert _surname(SEVINJ, {**slipped, "patronymic": "Мамед кызы"}, OTHERS) == "differ"
    assert _surname(SEVINJ, {**slipped, "patronymic": ""}, OTHERS) == "differ"
    assert _surname(SEVINJ, {**slipped, "given_name": "Севда"}, OTHERS) == "differ"
    # Həsənov beside Hüseynov (kasan / kusain: two slips), both written as often as names
    # are: two families, however alike.
    hasanov = {"surname": "Həsənov", "given_name": "Rauf", "patronymic": "Əli oğlu"}
    established = [*OTHERS, *({**other, "surname": "Həsənov"} for other in OTHERS)]
    assert _surname(hasanov, {**hasanov, "surname": "Hüseynov"}, established) == "differ"
    # Three slips: Мамедова / Мадова would be two; Малиева (mali) is three from mamat.
    assert _surname(SEVINJ, {**SEVINJ, "surname": "Малиева"}, OTHERS) == "differ"


def test_in_a_small_input_no_surname_is_established_and_two_slips_still_differ() -> None:
    slipped = {**SEVINJ, "surname": "Маедова"}
    assert _surname(SEVINJ, slipped, OTHERS[:2]) == "differ"


def test_the_reviewer_reads_it_as_a_possible_slip_and_another_father_as_two_surnames() -> None:
    left = {"full_name": "Мамедова Севиндж Самед кызы", "birth_year": "1970"}
    right = {"full_name": "Маедова Севиндж Самедовна"}
    reasons = {r.key: r for r in explain_pair(left, right)}
    assert reasons["surname_slips_names_agree"].direction == "neither"
    assert reasons["surname_slips_names_agree"].values == ("Мамедова", "Маедова")
    other_father = {r.key for r in explain_pair(left, {"full_name": "Маедова Севиндж Мамедовна"})}
    assert "surnames_differ" in other_father
