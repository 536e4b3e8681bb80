"""A headline restated under a dateline that stands as sentences of its own («ОЗЁРНЫЙ, 3
мая. /Агентство «Восток»/.», "Çaylı, 3 may, "Şərq-Press".") gives each figure once; two plain
sentences with the same count may still count two events. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Два человека погибли при обстреле Озёрного. ОЗЁРНЫЙ, 3 мая. /Агентство «Восток»/. "
            "Двое мирных жителей погибли, ещё пятеро ранены при обстреле Озёрного.",
            "ru",
        ),
        (
            'Çaylı kəndi atəşə tutulub: iki nəfər həlak olub. Çaylı, 3 may, "Şərq-Press". '
            "Dünən gecə kənd atəşə tutulub. Məlumata görə, iki nəfər həlak olub, beş nəfər "
            "yaralanıb.",
            "az",
        ),
        (
            "Shelling kills two in Lorn. LORN, May 3. (East Wire). Two civilians were killed and "
            "five wounded when shells hit the town.",
            "en",
        ),
    ],
)
def test_a_headline_restated_after_a_dateline_of_its_own_is_one_figure(text, language):
    assert figures(text, language) == [("killed", 2), ("injured", 5)]


def test_without_a_dateline_the_same_count_may_be_two_events():
    text = "On Monday two people were killed in Arden. On Tuesday two people were killed in Belm."
    assert figures(text, "en") == [("killed", 2), ("killed", 2)]


def test_a_byline_stands_for_the_dateline():
    text = (
        "Three hurt as crane falls on school bus. By Lena Ostrow, Harbour Gazette.\n"
        "Three people were hurt when a crane fell on a school bus on Quay Road."
    )
    assert claim_fields(text, "en", ("category", "count")) == [("injured", 3)]
