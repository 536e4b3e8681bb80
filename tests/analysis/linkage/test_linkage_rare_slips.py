"""A given name written once or twice, a slip or two from an established name and born the
same year, is that name spoiled, not another: the pair is no longer held apart as two
given names.  A sibling (another year), a twin with an established name of its own, and
a small input where no name is established still differ."""

from __future__ import annotations

import pandas as pd
from tests.analysis.linkage.pair_level import level_among

from rightsledger.analysis.linkage import explain_pair

RARE_SLIP = "a rare slip of an established name, born the same year"
# Others in the lists who write Qasım and Rəşad out, so that both are established names.
OTHERS = [
    {"surname": surname, "given_name": given, "birth_year": "1950"}
    for surname in ("Əliyev", "Həsənov", "Quliyev", "Nağıyev", "Rzayev", "Vəliyev")
    for given in ("Qasım", "Rəşad", "Rəşid")
]


def _given(left: dict[str, str], right: dict[str, str], others: list[dict[str, str]]) -> str:
    records = pd.DataFrame([left, right, *others]).fillna("")
    records["source"] = [f"list{i % 3}" for i in range(len(records))]
    level = level_among(records, 0, 1, "given_name")
    return "differ" if level._is_else_level else str(level.label_for_charts)


def test_a_name_seldom_written_beside_an_established_one_is_a_slip_of_it() -> None:
    left = {"surname": "Xudiyev", "given_name": "Qasım", "birth_year": "1953"}
    # Kasun: the Russian rendering Касум with a slip on top (two letters from kasim).
    assert _given(left, {**left, "given_name": "Kasun"}, OTHERS) == RARE_SLIP


def test_born_another_year_it_is_a_sibling_s_name_as_much_as_a_slip() -> None:
    left = {"surname": "Xudiyev", "given_name": "Qasım", "birth_year": "1953"}
    right = {**left, "given_name": "Kasun"}
    assert _given(left, {**right, "birth_year": "1956"}, OTHERS) == "differ"
    assert _given(left, {**right, "birth_year": ""}, OTHERS) == "differ"


def test_a_year_read_off_an_age_agrees_with_one_a_year_from_it() -> None:
    # "Kasun Xudiyev, 38" at an event of 1992 is born 1954, or 1953 if his birthday had not
    # come yet: as far as an age says, the year of Qasım's birth.
    left = {"surname": "Xudiyev", "given_name": "Qasım", "birth_year": "1953"}
    aged = {"surname": "Xudiyev", "given_name": "Kasun", "age": "38", "event_date": "12.06.1992"}
    assert _given(left, aged, OTHERS) == RARE_SLIP
    assert _given(left, {**aged, "age": "39"}, OTHERS) == RARE_SLIP


def test_a_brother_a_year_apart_by_stated_years_or_two_by_an_age_still_differs() -> None:
    # The near miss: a brother born the next year (both lists state it), or an age two
    # years off, is as likely a sibling with a rare name as a slip.
    left = {"surname": "Xudiyev", "given_name": "Qasım", "birth_year": "1953"}
    brother = {**left, "given_name": "Kasun", "birth_year": "1954"}
    assert _given(left, brother, OTHERS) == "differ"
    aged = {"surname": "Xudiyev", "given_name": "Kasun", "age": "37", "event_date": "12.06.1992"}
    assert _given(left, aged, OTHERS) == "differ"


def test_two_established_names_stay_two_names_however_alike() -> None:
    # Twins Rəşad and Rəşid: born the same year, a slip apart, both written often.
    left = {"surname": "Xudiyev", "given_name": "Rəşad", "birth_year": "1953"}
    assert _given(left, {**left, "given_name": "Rəşid"}, OTHERS) == "differ"


def test_a_name_three_slips_away_or_of_another_first_letter_and_a_slip_differs() -> None:
    left = {"surname": "Xudiyev", "given_name": "Qasım", "birth_year": "1953"}
    assert _given(left, {**left, "given_name": "Kamal"}, OTHERS) == "differ"
    # Another first letter and a slip beside it is another name as much as a slip.
    assert _given(left, {**left, "given_name": "Vasil"}, OTHERS) == "differ"


def test_a_name_seldom_written_that_differs_in_its_first_letter_alone_is_a_slip() -> None:
    # A key struck beside the right one, a letter misread (Р read П), or a first sound
    # rendered as the tables do not (Sabbar for Cabbar, Джаббар): the rest of the name is
    # the established one's, letter for letter.
    left = {"surname": "Xudiyev", "given_name": "Qasım", "birth_year": "1953"}
    assert _given(left, {**left, "given_name": "Vasım"}, OTHERS) == RARE_SLIP
    assert _given(left, {**left, "given_name": "Fasim"}, OTHERS) == RARE_SLIP
    # The near misses: born another year (a brother with a rhyming name), or two
    # established names (Vasım written as often as Qasım: two names).
    brother = {**left, "given_name": "Vasım", "birth_year": "1955"}
    assert _given(left, brother, OTHERS) == "differ"
    others = [*OTHERS, *({**other, "given_name": "Vasım"} for other in OTHERS)]
    assert _given(left, {**left, "given_name": "Vasım"}, others) == "differ"


def test_a_father_s_name_of_another_first_letter_alone_is_a_slip_where_the_rest_agrees() -> None:
    slip = "a rare slip of an established father's name, given name and year agree"
    left = {"surname": "Xudiyev", "given_name": "Fərzəli", "birth_year": "1963"}
    others = [{**other, "patronymic": "Qasım oğlu"} for other in OTHERS]
    records = pd.DataFrame(
        [{**left, "patronymic": "Qasım oğlu"}, {**left, "patronymic": "Vasım oğlu"}, *others]
    ).fillna("")
    records["source"] = [f"list{i % 3}" for i in range(len(records))]
    assert level_among(records, 0, 1, "patronymic").label_for_charts == slip
    records.loc[1, "given_name"] = "Fərid"
    assert level_among(records, 0, 1, "patronymic")._is_else_level


def test_in_a_small_input_no_name_is_established_and_nothing_changes() -> None:
    left = {"surname": "Xudiyev", "given_name": "Qasım", "birth_year": "1953"}
    assert _given(left, {**left, "given_name": "Kasun"}, OTHERS[:2]) == "differ"


def test_a_father_s_name_seldom_written_is_a_slip_where_given_name_and_year_agree() -> None:
    slip = "a rare slip of an established father's name, given name and year agree"
    left = {"surname": "Xudiyev", "given_name": "Fərzəli", "birth_year": "1963"}
    others = [{**other, "patronymic": "Qasım oğlu"} for other in OTHERS]
    records = pd.DataFrame(
        [{**left, "patronymic": "Qasım oğlu"}, {**left, "patronymic": "Kasun oğlu"}, *others]
    ).fillna("")
    records["source"] = [f"list{i % 3}" for i in range(len(records))]
    assert level_among(records, 0, 1, "patronymic").label_for_charts == slip
    # A cousin: another given name (or year) under a father's name written once.
    records.loc[1, "given_name"] = "Fərid"
    assert level_among(records, 0, 1, "patronymic")._is_else_level


def test_the_reviewer_reads_it_as_a_possible_slip_and_a_sibling_as_two_names() -> None:
    left = {"full_name": "Xudiyev Qasım", "birth_year": "1953"}
    right = {"full_name": "Khudiev Kasun Rashidovich", "birth_year": "1953"}
    reasons = {r.key: r for r in explain_pair(left, right)}
    assert reasons["given_slip_same_year"].direction == "neither"
    assert reasons["given_slip_same_year"].values == ("Qasım", "Kasun")
    born_later = {r.key for r in explain_pair(left, {**right, "birth_year": "1956"})}
    assert "given_names_differ" in born_later


def test_the_reviewer_reads_another_first_letter_alone_as_a_possible_slip() -> None:
    left = {"full_name": "Əliyev Cabbar Xanlar oğlu", "birth_year": "1923"}
    right = {"full_name": "Aliyev Sabbar Khanlar oglu", "birth_year": "1923"}
    reasons = {r.key: r for r in explain_pair(left, right)}
    assert reasons["given_slip_same_year"].values == ("Cabbar", "Sabbar")
    other = {r.key for r in explain_pair(left, {**right, "full_name": "Aliyev Sabir"})}
    assert "given_names_differ" in other


def test_the_reviewer_reads_a_year_from_an_age_a_year_off_as_the_same_year() -> None:
    left = {"full_name": "Xudiyev Qasım", "birth_year": "1953"}
    aged = {"full_name": "Khudiev Kasun", "age": "38", "event_date": "12.06.1992"}
    assert "given_slip_same_year" in {r.key for r in explain_pair(left, aged)}
    two_off = {r.key for r in explain_pair(left, {**aged, "age": "37"})}
    assert "given_names_differ" in two_off
