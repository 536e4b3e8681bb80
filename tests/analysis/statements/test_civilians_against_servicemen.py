"""Civilians are a group of their own wherever a count is made by a word for them: split from
servicemen, joined to them, singled out as a part, or counted alone. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Пропавшими без вести числятся 900 человек, из них 500 мирных жителей и 400 "
            "военнослужащих.",
            "ru",
        ),
        (
            "900 nəfər itkin düşmüş kimi qeydiyyatdadır, onlardan 500-ü mülki şəxs, 400-ü hərbi "
            "qulluqçudur.",
            "az",
        ),
    ],
)
def test_a_figure_split_into_civilians_and_servicemen(text, language):
    assert figures(text, language) == [
        ("missing", "all", 900, None),
        ("missing", "civilians", 500, 0),
        ("missing", "servicemen", 400, 0),
    ]


def test_civilians_named_by_the_adjective_alone_after_a_dash_take_no_noun_before():
    # «гражданские» alone is the part's own noun, not the servicemen named by the part before.
    text = "Вернулись 80 человек. Из них 75 — военнослужащие, пятеро — гражданские."
    assert figures(text, "ru") == [
        ("released", "all", 80, None),
        ("released", "servicemen", 75, 0),
        ("released", "civilians", 5, 0),
    ]


def test_a_part_after_a_dash_with_no_noun_of_its_own_keeps_the_noun_before():
    # Near miss: «ещё пятеро — тоже» names no group, so the servicemen's noun carries on.
    text = "Вернулись 80 человек. Из них 75 — военнослужащие, пятеро — тоже."
    assert figures(text, "ru")[2] == ("released", "servicemen", 5, 0)


def test_civilians_merely_joined_to_servicemen_are_civilians():
    text = "Из плена вернулись семеро военнослужащих и двое мирных жителей."
    assert figures(text, "ru") == [
        ("released", "servicemen", 7, None),
        ("released", "civilians", 2, None),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Пропавшими без вести числятся 900 человек, из них 500 мирных жителей.", "ru"),
        ("Some 900 people are listed as missing, 500 of whom are civilians.", "en"),
        ("900 nəfər itkin düşmüş hesab olunur, onlardan 500-ü mülki şəxsdir.", "az"),
        ("В плену остаются 900 наших граждан, из них 500 — гражданские.", "ru"),
    ],
)
def test_civilians_singled_out_as_a_part_are_a_group(text, language):
    # The part singles civilians out: the rest of the figure are not civilians.
    assert [f[1:] for f in figures(text, language)] == [("all", 900, None), ("civilians", 500, 0)]


def test_civilians_who_are_the_whole_figure_are_civilians():
    text = "Погибли 12 человек, из них 12 мирных жителей."
    assert [f[1] for f in figures(text, "ru")] == ["all", "civilians"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Forty-two captives returned home. They were 35 servicemen and seven civilians.", "en"),
        (
            "Из плена вернулись 42 человека. Это были 35 военнослужащих и семеро мирных жителей.",
            "ru",
        ),
        ("Əsirlikdən 42 nəfər qayıdıb. Onlar 35 hərbçi və 7 mülki şəxs idi.", "az"),
    ],
)
def test_a_sentence_that_spells_out_the_figure_before_it(text, language):
    assert figures(text, language) == [
        ("released", "all", 42, None),
        ("released", "servicemen", 35, 0),
        ("released", "civilians", 7, 0),
    ]


def test_they_were_more_than_the_figure_before_is_no_part():
    text = "Twelve people were killed in the strike. They were 50 soldiers of the garrison."
    assert figures(text, "en") == [("killed", "all", 12, None)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The shelling of the port killed 23 civilians and 5 soldiers.",
            "en",
            [("killed", "civilians", 23, None), ("killed", "servicemen", 5, None)],
        ),
        (
            "Floods aside, the fighting cost 60 civilian lives this spring. The army reported "
            "the deaths of 14 servicemen.",
            "en",
            [("killed", "civilians", 60, None), ("killed", "servicemen", 14, None)],
        ),
        (
            "При налёте на рынок погибли 23 мирных жителя и пятеро военнослужащих.",
            "ru",
            [("killed", "civilians", 23, None), ("killed", "servicemen", 5, None)],
        ),
        (
            "Bazarın bombalanması zamanı 23 mülki şəxs və 5 hərbçi həlak olub.",
            "az",
            [("killed", "civilians", 23, None), ("killed", "servicemen", 5, None)],
        ),
    ],
)
def test_the_dead_counted_apart_by_side(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Погибли 23 мирных жителя.", "ru"),
        ("23 civilians were killed in the night.", "en"),
        ("Gecə 23 dinc sakin həlak olub.", "az"),
    ],
)
def test_civilians_counted_alone_are_civilians(text, language):
    # No servicemen are counted at all: a toll of civilians is still not everyone's.
    assert [f[:3] for f in figures(text, language)] == [("killed", "civilians", 23)]


def test_persons_of_no_kind_stay_everyone():
    # Near miss: persons not called civilians keep no group.
    text = "Погибли 23 человека. Ранения получили пятеро военнослужащих."
    assert [f[:3] for f in figures(text, "ru")] == [
        ("killed", "all", 23),
        ("injured", "servicemen", 5),
    ]
