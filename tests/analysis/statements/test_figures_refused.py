"""A figure the speaker refuses ("cannot be accepted", "is contradicted by", "untenable",
«не может быть принято», «несостоятельно», "təsdiqini tapmamışdır", "qəbul edilə bilməz")
is no claim, nor is one in claims turned down ("are rejected", «отклонены», "rədd edilib")
or said to be out of date ("is superseded", «эти данные устарели»); the speaker's own figure
stands. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The army's assertion that only four villagers died cannot be accepted. The panel "
         "counted 19 villagers killed.", "en"),
        ("The army's assertion that only four villagers died is contradicted by the burial "
         "records. The panel counted 19 villagers killed.", "en"),
        ("The army's assertion that only four villagers died is untenable. The panel counted "
         "19 villagers killed.", "en"),
        ("Довод армии о том, что погибли лишь четверо жителей, не может быть принят. Комиссия "
         "насчитала 19 погибших жителей.", "ru"),
        ("Довод армии о том, что погибли лишь четверо жителей, несостоятелен. Комиссия "
         "насчитала 19 погибших жителей.", "ru"),
        ("Ordunun yalnız 4 kəndlinin öldüyü barədə iddiası təsdiqini tapmamışdır. Komissiya 19 "
         "kəndlinin həlak olduğunu müəyyən edib.", "az"),
        ("Ordunun yalnız 4 kəndlinin öldüyü barədə iddiası qəbul edilə bilməz. Komissiya 19 "
         "kəndlinin həlak olduğunu müəyyən edib.", "az"),
    ],
)  # fmt: skip
def test_a_refused_figure_is_no_claim(text, language):
    assert claim_fields(text, language, ("category", "count")) == [("killed", 19)]


@pytest.mark.parametrize("verb", ["göstərmişdi", "bildirmişdi", "açıqlamışdı"])
def test_a_figure_a_source_had_given_before_is_replaced(verb):
    # The active pluperfect, the source named: the earlier figure, replaced by the new one.
    text = (
        f"Zərbə nəticəsində ən azı 17 nəfər həlak olub. Daha əvvəl yerli radio ölənlərin "
        f"sayını 12 nəfər kimi {verb}."
    )
    assert claim_fields(text, "az", ("category", "count")) == [("killed", 17)]


@pytest.mark.parametrize("verb", ["bildirmişdi", "açıqlamışdı"])
def test_an_earlier_toll_a_source_had_told_stands(verb):
    # The active pluperfect telling what befell persons, no number given "as": an earlier
    # toll, a figure of its own beside the newer one.
    text = (
        f"Zərbə nəticəsində ən azı 17 nəfər həlak olub. Daha əvvəl rayon rəhbərliyi 12 "
        f"nəfərin öldüyünü {verb}."
    )
    assert claim_fields(text, "az", ("category", "count")) == [("killed", 17), ("killed", 12)]


def test_near_miss_an_earlier_number_given_by_its_word():
    # "rəqəmi … kimi": the number itself, which the newer one replaces.
    text = (
        "Zərbə nəticəsində 9 nəfər yaralanıb. Əvvəlcə polis yaralıların sayını 6 kimi açıqlamışdı."
    )
    assert claim_fields(text, "az", ("category", "count")) == [("injured", 9)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Nine residents died in the shelling. Requests to add four further deaths to the "
            "register are rejected.",
            "en",
        ),
        (
            "Nine residents died in the shelling. Applications for two more victims were "
            "dismissed for want of proof.",
            "en",
        ),
        ("Погибли 9 жителей. Заявления о признании погибшими ещё трёх человек отклонены.", "ru"),
        ("9 sakin həlak olub. Daha üç nəfərin ölümü ilə bağlı müraciətlər rədd edilib.", "az"),
    ],
)
def test_claims_turned_down_are_no_claim(text, language):
    assert claim_fields(text, language, ("category", "count")) == [("killed", 9)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "At least 70 people were killed. The figure of 52 dead issued on Monday is "
            "superseded by this statement.",
            "en",
            [("killed", 70)],
        ),
        ("The toll of 31 is out of date; 44 people have died.", "en", [("killed", 44)]),
        (
            "Погибли восемь человек. Позавчера мы сообщали о шести погибших — эти сведения "
            "устарели.",
            "ru",
            [("killed", 8)],
        ),
        # The clause that says so after the figure's own, joined by "but".
        (
            "Погибли восемь человек. Позавчера мы сообщали о шести погибших, но эти сведения "
            "устарели.",
            "ru",
            [("killed", 8)],
        ),
        (
            "Погибли восемь человек. Позавчера мы сообщали о шести погибших, однако эта цифра "
            "утратила актуальность.",
            "ru",
            [("killed", 8)],
        ),
        (
            "Twelve people were wounded. On Monday we reported 8 wounded, but that figure is "
            "now outdated.",
            "en",
            [("injured", 12)],
        ),
    ],
)
def test_a_figure_said_to_be_out_of_date_is_no_claim(text, language, expected):
    assert claim_fields(text, language, ("category", "count")) == expected
