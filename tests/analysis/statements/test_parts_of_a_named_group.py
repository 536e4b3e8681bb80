"""A part taken of persons named by the words that named an earlier figure ("Of the
civilians, 267 are women", «Из мирных жителей 267 — женщины», "Mülki şəxslərdən 267-si
qadındır"), as "among" them already was, is a part of that figure, not of the figure it is
part of. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("1,200 people are missing, 500 of them civilians and 700 servicemen. Of the "
         "civilians, 90 are children.", "en"),
        ("Пропали без вести 1 200 человек, из них 500 — мирные жители и 700 — военнослужащие. "
         "Из мирных жителей 90 — дети.", "ru"),
        ("1 200 nəfər itkin düşüb, onlardan 500-ü mülki şəxs, 700-ü hərbi qulluqçudur. Mülki "
         "şəxslərdən 90-ı uşaqdır.", "az"),
    ],
)  # fmt: skip
def test_a_part_of_the_named_part(text, language):
    assert figures(text, language)[-1] == ("missing", "children", 90, 1)


def test_an_azerbaijani_marker_in_the_ablative_is_still_a_marker():
    text = "40 nəfər saxlanılıb. Saxlanılanlardan 12-si döyülüb."
    assert figures(text, "az") == [("detained", "all", 40, None), ("tortured", "all", 12, 0)]


def test_a_whole_named_in_four_words_with_its_fate():
    text = (
        "Eighteen aid workers were killed and 40 injured. Of the aid workers killed, "
        "seven were drivers."
    )
    assert figures(text, "en")[2] == ("killed", "drivers", 7, 0)


def test_the_fate_of_the_named_whole_chooses_among_figures_of_the_same_persons():
    text = (
        "Погибли 18 мирных жителей и 25 военнослужащих, ранены 40 мирных жителей. "
        "Из числа погибших мирных жителей семеро были детьми."
    )
    assert figures(text, "ru")[3] == ("killed", "children", 7, 0)
