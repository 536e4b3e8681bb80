"""An act counted in the plural counts its victims: "300 arrests", «27 похищений». Sentences
written here."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Observers logged 140 arrests and 9 abductions during the vote.",
            "en",
            [("detained", 140), ("captured", 9)],
        ),
        ("The panel examined 75 enforced disappearances.", "en", [("disappeared", 75)]),
        ("За неделю зафиксировано 140 арестов.", "ru", [("detained", 140)]),
    ],
)
def test_an_act_counted_in_the_plural_counts_its_victims(text, language, expected):
    claims = read_statement(text, language).claims
    assert [(c.category, c.count) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The mission logged 260 incidents and 18 killings.", "en"),
        ("Миссия зафиксировала 260 инцидентов и 18 убийств.", "ru"),
    ],
)
def test_an_act_counted_by_its_noun_lends_no_verb_to_the_count_before_it(text, language):
    claims = read_statement(text, language).claims
    assert [(c.category, c.count) for c in claims] == [("killed", 18)]
