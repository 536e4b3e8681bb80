"""A surname written once or twice, a slip or two from an established surname (or its first
letter alone another), with the same given name and birth year, is that surname spoiled: the
pair is no longer counted as two families.  Another given name or another year, two
established surnames, and a small input where no surname is established still differ."""

from __future__ import annotations

import pandas as pd
from tests.analysis.linkage.pair_level import level_among

from rightsledger.analysis.linkage import explain_pair

RARE_SLIP = "a rare slip of an established surname, given name and year agree"
# Others in the lists who write Quliyev and Əliyev out, so that both are established.
OTHERS = [
    {"surname": surname, "given_name": given, "birth_year": "1950"}
    for surname in ("Quliyev", "Əliyev", "Kələntərli")
    for given in ("Qasım", "Rəşad", "Vüqar", "Elçin", "Nazim", "Tofiq")
]


def _surname(left: dict[str, str], right: dict[str, str], others: list[dict[str, str]]) -> str:
    records = pd.DataFrame([left, right, *others]).fillna("")
    records["source"] = [f"list{i % 3}" for i in range(len(records))]
    level = level_among(records, 0, 1, "surname")
    return "differ" if level._is_else_level else str(level.label_for_charts)


def test_a_surname_seldom_written_two_slips_from_an_established_one_is_a_slip_of_it() -> None:
    # KYLIEV (a key beside U struck, then read as i) for Кулиев: two letters of a short root.
    left = {"surname": "Quliyev", "given_name": "Məmməd", "birth_year": "1960"}
    assert _surname(left, {**left, "surname": "KYLIEV", "given_name": "Mamed"}, OTHERS) == (
        RARE_SLIP
    )


def test_a_surname_of_another_first_letter_alone_is_a_slip_too() -> None:
    left = {"surname": "Kələntərli", "given_name": "Məmməd", "birth_year": "1960"}
    assert _surname(left, {**left, "surname": "Mələntərli"}, OTHERS) == RARE_SLIP


def test_another_given_name_or_year_or_two_established_surnames_still_differ() -> None:
    left = {"surname": "Quliyev", "given_name": "Məmməd", "birth_year": "1960"}
    right = {**left, "surname": "KYLIEV", "given_name": "Mamed"}
    # The near misses: a namesake of another family born another year, a man of another
    # given name, and a surname as established as the other.
    assert _surname(left, {**right, "birth_year": "1962"}, OTHERS) == "differ"
    assert _surname(left, {**right, "birth_year": ""}, OTHERS) == "differ"
    assert _surname(left, {**right, "given_name": "Rəşad"}, OTHERS) == "differ"
    established = [*OTHERS, *({**other, "surname": "Kyliyev"} for other in OTHERS)]
    assert _surname(left, right, established) == "differ"


def test_in_a_small_input_no_surname_is_established_and_nothing_changes() -> None:
    left = {"surname": "Quliyev", "given_name": "Məmməd", "birth_year": "1960"}
    right = {**left, "surname": "KYLIEV", "given_name": "Mamed"}
    assert _surname(left, right, OTHERS[:2]) == "differ"


def test_the_reviewer_reads_it_as_a_possible_slip_and_another_year_as_two_surnames() -> None:
    left = {"full_name": "Quliyev Məmməd", "birth_year": "1960"}
    right = {"full_name": "KYLIEV Mamed Alievich", "birth_year": "1960"}
    reasons = {r.key: r for r in explain_pair(left, right)}
    assert reasons["surname_slips_rest_agrees"].direction == "neither"
    assert reasons["surname_slips_rest_agrees"].values == ("Quliyev", "KYLIEV")
    born_later = {r.key for r in explain_pair(left, {**right, "birth_year": "1963"})}
    assert "surnames_differ" in born_later
