"""A Russian part named first whose verb follows its whole («Пятеро из 23 задержанных
активистов были избиты»): the verb is the part's, and the participle after the whole's number
says what befell the whole. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Пятеро из 23 задержанных активистов были избиты.",
        "Пятеро из 23 задержанных были избиты.",
        "Пятеро из 23 задержанных активистов заявили, что их избивали.",
    ],
)
def test_the_whole_keeps_its_participle(text):
    fields = claim_fields(text, "ru", FIELDS)
    assert sorted(fields, key=lambda f: f[1]) == [("tortured", 5, 1), ("detained", 23, None)]


def test_the_same_in_english():
    text = "Five of the 23 detained activists were beaten."
    fields = claim_fields(text, "en", FIELDS)
    assert sorted(fields, key=lambda f: f[1]) == [("tortured", 5, 1), ("detained", 23, None)]


def test_near_miss_a_whole_named_by_a_noun_of_no_fate_is_no_figure():
    assert claim_fields("Двое из трёх подозреваемых задержаны.", "ru", FIELDS) == [
        ("detained", 2, None)
    ]


def test_a_participle_the_morphology_takes_for_a_noun_names_the_whole_too():
    # «раненых» is a noun to the morphology; it names the whole as «задержанных» does.
    fields = claim_fields("Из 58 раненых скончались семеро.", "ru", FIELDS)
    assert fields == [("injured", 58, None), ("killed", 7, 0)]
