"""Two given names in a row with no surname ending ("Kamil Bəylər") may be read in either
order: against "Bəylərov Kamil" they are the names swapped, with the surname written bare.
Blocking proposes the pair, the comparisons score it as swapped names, and the review
queue says so; two surnames that both carry an ending are still two people."""

from __future__ import annotations

from tests.analysis.linkage.blocking import blocked_pairs, frame
from tests.analysis.linkage.pair_level import level_of

from rightsledger.analysis.linkage import explain_pair

BARE = {"full_name": "Kamil Bəylər", "birth_year": "1952"}
WRITTEN_OUT = {
    "given_name": "Kamil", "surname": "Bəylərov", "patronymic": "Rəşad oğlu",
    "birth_year": "1952",
}  # fmt: skip


def test_the_pair_is_proposed() -> None:
    records = frame([BARE, {**WRITTEN_OUT, "source": "other"}])
    assert ("r0", "r1") in blocked_pairs(records)


def test_the_pair_is_proposed_across_scripts_either_way_round() -> None:
    cyrillic = {"full_name": "Бейлеров Камиль Рашад оглы", "birth_year": "1952"}
    records = frame([{**cyrillic, "source": "other"}, BARE])
    assert ("r0", "r1") in blocked_pairs(records)


def test_other_birth_years_leave_the_pair_unproposed() -> None:
    records = frame(
        [{**BARE, "birth_year": "1952"}, {**WRITTEN_OUT, "birth_year": "1961", "source": "other"}]
    )
    assert blocked_pairs(records) == set()


def test_the_names_are_scored_as_swapped() -> None:
    for comparison in ("surname", "given_name"):
        level = level_of(BARE, WRITTEN_OUT, comparison)
        assert level.label_for_charts == "given name and surname swapped"


def test_two_surnames_with_endings_in_the_other_order_are_two_people() -> None:
    # Khalil Bayramov and Bayram Khalilov: each given name is the other's surname root,
    # but both surnames are written out.
    left = {"full_name": "Xəlilov Bayram", "birth_year": "1952"}
    right = {"full_name": "Bayramov Xəlil", "birth_year": "1952"}
    assert level_of(left, right, "surname").label_for_charts != "given name and surname swapped"
    assert level_of(left, right, "given_name")._is_else_level  # given names differ


def test_the_review_queue_says_the_names_are_in_the_other_order() -> None:
    assert explain_pair(BARE, WRITTEN_OUT)[0].key == "names_in_other_order"
    khalil = explain_pair({"full_name": "Xəlilov Bayram"}, {"full_name": "Bayramov Xəlil"})
    assert khalil[0].key != "names_in_other_order"
