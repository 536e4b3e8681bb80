"""Persons whose relatives speak for them are the ones counted, with the fate a clause about
them names: «родственники 58 человек, которые были арестованы и бесследно исчезли», "izi itən
58 nəfərin ailəsi", "the families of 58 men who disappeared". Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "В фонд обратились семьи 58 человек, которые были арестованы в 2019 году и "
            "бесследно исчезли. Среди них 6 женщин.",
            "ru",
        ),
        (
            "Fonda 2019-cu ildə həbs edildikdən sonra izi itən 58 nəfərin ailəsi müraciət "
            "edib. Onlardan 6-sı qadındır.",
            "az",
        ),
        (
            "The families of 58 people who disappeared after their arrest in 2019 have "
            "written to the fund. Six of them are women.",
            "en",
        ),
    ],
)
def test_the_persons_relatives_speak_for_are_counted_with_their_fate(text, language):
    assert _read(text, language) == [
        ("disappeared", "all", 58, None),
        ("disappeared", "women", 6, 0),
    ]


def test_the_relatives_of_the_dead_count_the_dead():
    text = "Həlak olan 23 nəfərin yaxınlarına təzminat ödənilib."
    assert _read(text, "az") == [("killed", "all", 23, None)]


def test_a_clause_that_names_an_act_they_saw_gives_no_fate():
    assert _read("Суд допросил 14 человек, которые видели расстрел.", "ru") == []


def test_the_persons_own_predicate_after_the_clause_is_theirs():
    text = "14 человек, которые были задержаны в мае, освобождены."
    assert ("detained", "all", 14, None) not in _read(text, "ru")


def test_a_predicate_after_the_clause_with_a_count_of_its_own_is_the_parts():
    text = "Из сорока мужчин, которых удерживали в подвале, вернулись только шестеро."
    assert _read(text, "ru") == [("detained", "men", 40, None), ("released", "men", 6, 0)]


def test_a_verb_past_the_clause_with_a_subject_of_its_own_is_not_the_wholes():
    # «видели» names no act of ours: the forty take nothing from «вернулись».
    text = "Из сорока мужчин, которых видели в подвале, живыми вернулись только шестеро."
    assert _read(text, "ru") == [("released", "all", 6, None)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # Persons named by a noun the lexicon does not know, in the genitive before their
        # families: condolences or help to the families of the dead, not families wiped out.
        (
            "Fabrikdəki yanğında həyatını itirən 9 işçinin ailələrinə dərin hüznlə başsağlığı "
            "veririk.",
            9,
        ),
        ("Körpüdə həlak olan 6 operatorun ailəsinə birdəfəlik yardım ediləcək.", 6),
    ],
)
def test_azerbaijani_families_of_persons_named_by_an_unknown_noun(text, count):
    assert [c[0::2] for c in _read(text, "az")] == [("killed", count)]


def test_near_miss_azerbaijani_families_that_lost_their_lives():
    # The families themselves as the subject: wiped out, as before.
    text = "Gecə zərbəsi nəticəsində 4 ailə həyatını itirib."
    assert [c[0::2] for c in _read(text, "az")] == [("families_wiped_out", 4)]
