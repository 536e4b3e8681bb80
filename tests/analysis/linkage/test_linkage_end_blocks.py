"""Blocking of entries whose surname a slip has moved: one end of the root is left."""

from __future__ import annotations

from tests.analysis.linkage.blocking import blocked_pairs, frame

from rightsledger.analysis.linkage import model


def test_a_slip_in_the_surname_still_meets_the_name_by_its_ending_in_its_village() -> None:
    # Мвмедли for Məmmədli: root and consonants both moved; no birth year or event date
    # in common, only the given name and the village.
    records = frame(
        [
            {"given_name": "Фамил", "surname": "Мвмедли", "patronymic": "Гусейн оглы",
             "birth_date": "18.06.1949", "place_of_origin": "Кёхне Ходжавароба"},
            {"full_name": "Famil Memmedli", "age": "40", "place_of_origin": "Kohna Xojavaroba",
             "event_date": "1990-02-01", "source": "other"},
        ]
    )  # fmt: skip
    assert ("r0", "r1") in blocked_pairs(records)


def test_a_slip_at_the_end_still_meets_the_name_by_its_beginning_on_its_event() -> None:
    records = frame(
        [
            {"full_name": "Quliyeva Gülşən", "birth_date": "16.08.1972",
             "event_date": "1992-07-16"},
            {"full_name": "Кулеива Г.С.", "birth_year": "1971", "event_date": "1992-07-16",
             "source": "other"},
        ]
    )  # fmt: skip
    assert ("r0", "r1") in blocked_pairs(records)


def test_surnames_that_share_neither_end_are_not_paired_by_the_village() -> None:
    records = frame(
        [
            {"full_name": "Məmmədli Famil", "birth_year": "1949",
             "place_of_origin": "Köhnə Xocavaroba"},
            {"full_name": "Əliyev Famil", "birth_year": "1960",
             "place_of_origin": "Köhnə Xocavaroba", "source": "other"},
        ]
    )  # fmt: skip
    assert blocked_pairs(records) == set()


def _men_of_one_village(count: int) -> set[tuple[str, str]]:
    # Surnames that end alike (-mmədli) and begin each its own way, one given name.
    stems = [f"{c}{v}{n}" for c in "BDFLNPRTVZ" for v in "aiou" for n in "lnr"][:count]
    records = frame(
        [
            {"full_name": f"{stem}məmmədli Famil", "birth_year": str(1900 + number),
             "place_of_origin": "Köhnə Xocavaroba", "source": f"list{number}"}
            for number, stem in enumerate(stems)
        ]
    )  # fmt: skip
    return blocked_pairs(records)


def test_an_ending_pairs_the_entries_that_share_it_up_to_the_cap() -> None:
    count = model.MAX_END_BLOCK
    assert len(_men_of_one_village(count)) == count * (count - 1) // 2


def test_an_ending_shared_by_more_entries_than_the_cap_pairs_no_one() -> None:
    # The ending and the initial single no one out in so large a group.
    assert _men_of_one_village(model.MAX_END_BLOCK + 1) == set()
