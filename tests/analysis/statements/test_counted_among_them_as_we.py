"""A witness who says they were among the persons a figure counts ("I was among some 300 who
fled", «я был среди примерно трёхсот …», "… 300 nəfərin arasında mən də var idim") speaks of
them as "we" from then on: later counts of "us" ("nine of us", «девятеро из нас», "bizdən
doqquz nəfəri", "nəfərimizi") are parts of that figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "I was among some 300 villagers who fled. On the second night the soldiers killed "
            "nine of us.",
            "en",
        ),
        (
            "Я была среди примерно трёхсот жителей, которые бежали из посёлка. На вторую ночь "
            "девятеро из нас были убиты.",
            "ru",
        ),
        (
            "Kənddən qaçan təxminən 300 nəfərin arasında mən də var idim. İkinci gecə "
            "bizdən doqquz nəfəri öldürdülər.",
            "az",
        ),
    ],
)
def test_counts_of_us_are_parts_of_the_figure_the_speaker_was_among(text, language):
    assert claim_fields(text, language, ("category", "count", "parent")) == [
        ("displaced", 300, None),
        ("killed", 9, 0),
    ]


def test_the_possessive_of_us_on_the_noun_in_azerbaijani():
    text = (
        "Kənddən qaçan təxminən 300 nəfərin arasında mən də var idim. "
        "Daha dörd nəfərimizi əsir apardılar."
    )
    assert claim_fields(text, "az", ("category", "count", "parent")) == [
        ("displaced", 300, None),
        ("captured", 4, 0),
    ]


def test_us_with_no_figure_the_speaker_was_among_is_no_part():
    text = "Some 300 villagers fled. On the second night the soldiers killed nine of us."
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("displaced", 300, None),
        ("killed", 9, None),
    ]


def test_who_fled_a_prison_were_not_displaced():
    assert claim_fields("Həbsxanadan qaçan 3 məhbus tutulub.", "az", ("category",)) != [
        ("displaced",)
    ]


def test_a_count_of_us_with_the_copula_in_the_first_person_takes_our_counts_as_parts():
    text = (
        "Bizi postda saxladılar. Biz otuz nəfər idik. Beş nəfərimizi döyərək öldürdülər. "
        "Sonra on iki nəfərimizi buraxdılar."
    )
    assert claim_fields(text, "az", ("category", "count", "parent")) == [
        ("detained", 30, None),
        ("killed", 5, 0),
        ("released", 12, 0),
    ]


def test_counts_of_us_after_a_count_of_others_are_no_part_of_it():
    text = "Postda otuz nəfəri saxladılar. Beş nəfərimizi döyərək öldürdülər."
    assert claim_fields(text, "az", ("category", "count", "parent")) == [
        ("detained", 30, None),
        ("killed", 5, None),
    ]
