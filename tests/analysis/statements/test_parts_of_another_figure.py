"""A part of a figure of another category: the text refers back to a group counted before
("of them", «из них», "onlardan") wherever the reference stands in its sentence, and a part
of a part ("two of them women") is the part's, not the first whole's. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

from rightsledger.analysis.statements import read_statement


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The fourteen students were arrested at a rally in May. The court found that "
            "six of them had been tortured.",
            "en",
            [("detained", "students", 14, None), ("tortured", "students", 6, 0)],
        ),
        (
            "Mayda aksiyada 12 tələbə saxlanılıb. Məhkəmə müəyyən edib ki, istintaq zamanı "
            "onlardan beşi işgəncəyə məruz qalıb.",
            "az",
            [("detained", "students", 12, None), ("tortured", "students", 5, 0)],
        ),
        (
            "Двенадцать студентов были задержаны на митинге в мае. Суд установил, что пятеро "
            "из них подвергались пыткам.",
            "ru",
            [("detained", "students", 12, None), ("tortured", "students", 5, 0)],
        ),
    ],
)
def test_of_them_deep_in_a_sentence_refers_to_the_sentence_before(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Police detained 30 people at the square; eight of them were beaten, three of "
            "them women.",
            "en",
            [("detained", "all", 30, None), ("tortured", "all", 8, 0), ("tortured", "women", 3, 1)],
        ),
        (
            "Mayda aksiyada 12 tələbə saxlanılıb. Məhkəmə müəyyən edib ki, istintaq zamanı "
            "onlardan beşi işgəncəyə məruz qalıb, bunlardan ikisi qızdır.",
            "az",
            [("detained", "students", 12, None), ("tortured", "students", 5, 0),
             ("tortured", "girls", 2, 1)],
        ),
    ],
)  # fmt: skip
def test_a_part_of_a_part_is_the_parts(text, language, expected):
    assert figures(text, language) == expected


def test_parts_with_acts_of_their_own_stay_beside_each_other():
    # «семерых из них …, а троих из них убили»: both are parts of the hostages.
    text = (
        "Боевики захватили 20 жителей посёлка, избили не менее восьми из них, а четверых "
        "из них расстреляли."
    )
    assert [(category, parent) for category, _, _, parent in figures(text, "ru")] == [
        ("captured", None),
        ("tortured", 0),
        ("killed", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In 1951 some 40,000 villagers were deported, and at least 6,000 of the deportees "
            "died in transit.",
            "en",
        ),
        (
            "В 1951 году депортированы около 40 тысяч жителей. Не менее 6 тысяч из "
            "депортированных погибли в пути.",
            "ru",
        ),
        (
            "1951-ci ildə təxminən 40 min sakin deportasiya edilib. Deportasiya olunanlardan "
            "azı 6 min nəfər yolda həlak olub.",
            "az",
        ),
    ],
)
def test_those_the_act_befell_are_the_whole_of_a_later_fate(text, language):
    assert [(c.category, c.count, c.qualifier, c.parent) for c in
            read_statement(text, language).claims] == [
        ("displaced", 40000, "about", None),
        ("killed", 6000, "at_least", 0),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "held"),
    [
        ("Guards held 47 people in the cellar. Three of the detainees died of beatings.", "en",
         "detained"),
        ("Охранники удерживали в подвале 47 человек. Трое из удерживаемых скончались от побоев.",
         "ru", "detained"),
        ("Silahlılar 47 nəfəri girov götürüb. Girov götürülənlərdən 3 nəfər həlak olub.", "az",
         "captured"),
    ],
)  # fmt: skip
def test_of_the_held_is_a_part_of_the_held(text, language, held):
    assert [(c.category, c.count, c.parent) for c in read_statement(text, language).claims] == [
        (held, 47, None),
        ("killed", 3, 0),
    ]


def test_a_figure_the_record_does_not_support_is_no_claim():
    text = (
        "Some 7,000 villagers were deported. Claims of up to 15,000 deportees are not "
        "supported by the archival record."
    )
    assert [(c.category, c.count) for c in read_statement(text, "en").claims] == [
        ("displaced", 7000)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "After arrest, 146 people disappeared. At least 61 of them were later released, the "
            "bodies of eight were found in forests.",
            "en",
        ),
        (
            "После задержания исчезли 146 человек. Не менее 61 из них впоследствии были "
            "освобождены, тела восьмерых обнаружены в лесополосах.",
            "ru",
        ),
    ],
)
def test_the_bodies_of_a_count_after_a_part_are_the_next_part(text, language):
    assert [(c.category, c.count, c.parent) for c in read_statement(text, language).claims] == [
        ("disappeared", 146, None),
        ("released", 61, 0),
        ("found_dead", 8, 0),
    ]
