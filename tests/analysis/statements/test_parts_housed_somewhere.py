"""A part of a figure said only to be housed somewhere ("600 of them are housed in schools",
«из них 600 размещены в школах», "köçkünlərdən 600 nəfəri məktəblərdə yerləşdirilib") is a
part of the same fate: where the persons now are is no act of their own, as being charged or
speaking is ("12 of them were later charged"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "count_low", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Some 5,000 villagers fled the fighting, 600 of whom are housed in a sports hall.", "en"),
        ("About 5,000 villagers fled. Of them, 600 are accommodated in two schools.", "en"),
        ("Около 5 000 сельчан бежали от боёв. Из них 600 человек размещены в спортзале.", "ru"),
        ("Döyüşlərdən 5 min kəndli qaçıb. Köçkünlərdən 600 nəfəri idman zalında "
         "yerləşdirilib.", "az"),
    ],
)  # fmt: skip
def test_a_part_housed_somewhere_is_of_the_same_fate(text, language):
    assert figures(text, language)[-1] == ("displaced", 600, None, 0)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police detained 40 people; 12 of them were later charged.", "en"),
        ("Задержаны 40 человек, пятеро из них оштрафованы.", "ru"),
    ],
)
def test_a_part_with_an_act_of_its_own_is_still_no_figure(text, language):
    assert [f[0] for f in figures(text, language)] == ["detained"]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Kənddə 40 nəfər girov götürülüb. Girovlardan 12-si sonradan azad edilib.", "captured"),
        ("Partlayışda 30 nəfər yaralanıb. Yaralılardan 12-si xəstəxanada ölüb.", "injured"),
    ],
)
def test_an_azerbaijani_part_of_those_named_by_a_noun_of_their_fate(text, whole):
    read = figures(text, "az")
    assert read[0][0] == whole
    assert read[1][1:] == (12, None, 0)
