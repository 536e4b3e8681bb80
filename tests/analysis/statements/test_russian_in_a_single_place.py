"""«в одном только Мариуполе», «в одном городе»: «один» in the locative after «в» or «на»
says "a single" place and counts no one; nor does any number that counts no one keep the verb
from the count set off after an attribution («погибли, по оценкам, …»). Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "count_low", "count_high", "qualifier")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В одном только Заречье погибли, по разным оценкам, от 3 до 4 тысяч человек.",
            ("killed", None, 3000, 4000, "range"),
        ),
        (
            "В одном районе области пропали без вести, по данным волонтёров, 240 человек.",
            ("missing", 240, None, None, "exact"),
        ),
        (
            "На одной Садовой улице ранены, по словам врачей, около 30 человек.",
            ("injured", 30, None, None, "about"),
        ),
    ],
)
def test_a_single_place_counts_no_one(text, expected):
    assert claim_fields(text, "ru", FIELDS) == [expected]


def test_a_number_of_a_house_before_an_attribution():
    # A number that counts no one («№ 5») keeps no verb from the count after the aside.
    text = "В доме № 5 погибли, по данным МЧС, три человека."
    assert claim_fields(text, "ru", ("category", "count")) == [("killed", 3)]


def test_a_count_before_an_attribution_still_keeps_its_verb():
    # Near miss: a count before the aside is another count's, which keeps the verb.
    text = "Десятки ранены, по словам врачей, двое погибли."
    assert claim_fields(text, "ru", ("category", "count")) == [("injured", None), ("killed", 2)]
