"""A witness's count of "us" takes what was done to "us", wherever "us" and the copula stand
beside the count: before it («В подвале нас было сорок»), or after it, the count with its
noun put first as an approximation («Человек сорок нас там было»), or "we" before it and the
copula after it ("Biz qırx nəfər idik"); English says what was done to "us" in the passive too
("We were taken hostage"). What befell some of us, counted apart, is not what befell us all.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Нас взяли в заложники и заперли в спортзале. Нас там было сорок человек.", "exact"),
        ("Нас взяли в заложники и заперли в спортзале. Человек сорок нас там было.", "about"),
    ],
)
def test_a_count_of_us_with_us_before_or_after_it(text, qualifier):
    assert figures(text, "ru") == [("captured", 40, qualifier)]


def test_a_count_with_us_after_it_and_nothing_done_to_us_is_no_figure():
    assert figures("Человек сорок нас там было.", "ru") == []


FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We were taken hostage and locked in the gym. There were forty of us. Six of us were "
         "later released.", "en"),
        ("Нас взяли в заложники и заперли в подвале. Нас было сорок, вернулись только шестеро.",
         "ru"),
        ("Bizi girov götürüb zirzəmiyə saldılar. Biz qırx nəfər idik, yalnız altımız geri döndü.",
         "az"),
        ("Bizi girov götürüb zirzəmiyə saldılar. Biz qırx nəfər idik, onlardan yalnız altısı "
         "geri döndü.", "az"),
    ],
)  # fmt: skip
def test_a_count_of_us_takes_what_was_done_to_us_not_what_befell_some(text, language):
    assert claim_fields(text, language, FIELDS) == [("captured", 40, None), ("released", 6, 0)]


def test_those_who_came_back_are_not_the_count_of_us():
    claims = claim_fields("Нас было сорок, вернулись только шестеро.", "ru", FIELDS)
    assert [c for c in claims if c[1] == 40] == []


def test_some_of_us_counted_apart_say_nothing_of_all_of_us():
    text = "We were detained at the checkpoint. We were thirty; five of us were beaten to death."
    assert claim_fields(text, "en", ("category", "count"))[0] == ("detained", 30)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We were detained at the checkpoint. We were thirty; five of us were beaten to death.",
         "en"),
        ("We were detained at the checkpoint. There were thirty of us. Five of us were beaten "
         "to death.", "en"),
        ("Нас задержали на блокпосту. Нас было тридцать, пятерых из нас забили насмерть.", "ru"),
        ("Bizi postda saxladılar. Biz otuz nəfər idik, bizdən beş nəfəri döyərək öldürdülər.",
         "az"),
    ],
)  # fmt: skip
def test_some_of_us_are_a_part_of_the_count_of_us(text, language):
    assert claim_fields(text, language, FIELDS) == [("detained", 30, None), ("killed", 5, 0)]


def test_of_us_after_no_count_of_us_is_a_part_of_nothing():
    assert claim_fields("Five of us were beaten to death.", "en", FIELDS) == [("killed", 5, None)]
    assert claim_fields("Bizdən beş nəfəri döyərək öldürdülər.", "az", FIELDS) == [
        ("killed", 5, None)
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The guards beat all 30 of us.", "en", [("tortured", 30, None)]),
        ("Some 200 of us were held in the sports hall.", "en", [("detained", 200, None)]),
        ("Охранники избивали всех 30 из нас.", "ru", [("tortured", 30, None)]),
        # A count of others held, with nothing to say what they are, stays no figure.
        ("All 30 were held for two days.", "en", []),
    ],
)
def test_a_count_of_us_counts_persons(text, language, expected):
    assert claim_fields(text, language, FIELDS) == expected


def test_a_group_among_us_is_a_part_of_those_held_with_me():
    # "Aramızda" (among us): a part of the persons the witness was held with.
    text = "Mən 40-a yaxın kişi ilə birlikdə tövlədə saxlanıldım. Aramızda 6 yeniyetmə var idi."
    assert claim_fields(text, "az", ("category", "subgroup", "count", "parent")) == [
        ("detained", "men", 40, None),
        ("detained", "children", 6, 0),
    ]
