"""What one statement gives: figures with their qualifiers, parts, negations and non-counts."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

from rightsledger.analysis.statements import read_statement


def figures(text: str, language: str = "auto") -> list[tuple]:
    return claim_fields(text, language)


def test_offsets_point_at_the_words_as_stated():
    text = "Overnight, at least 42 people were killed and 130 were wounded."
    for claim in read_statement(text).claims:
        assert text[claim.start : claim.end] == claim.as_stated
    assert figures(text) == [
        ("killed", "all", 42, None, None, "at_least", None),
        ("injured", "all", 130, None, None, "exact", None),
    ]


def test_qualifier_words_are_kept_as_written():
    claims = read_statement("Некоторые источники: погибли не менее 300 человек.", "ru").claims
    assert claims[0].qualifier == "at_least"
    assert claims[0].qualifier_words == "не менее"


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Dozens of civilians were injured.", "en", "Dozens"),
        ("Тысячи жителей были вынуждены покинуть свои дома.", "ru", "Тысячи"),
        ("Onlarla insan yaralanıb.", "az", "Onlarla"),
    ],
)
def test_vague_words_are_kept_without_a_number(text, language, word):
    (claim,) = read_statement(text, language).claims
    assert claim.qualifier == "vague"
    assert claim.count is None
    assert claim.count_low is None
    assert claim.qualifier_words == word


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("No one was killed in the attack.", "en", "killed"),
        ("Никто не погиб.", "ru", "killed"),
        ("Погибших нет.", "ru", "killed"),
        ("Heç kim yaralanmayıb.", "az", "injured"),
    ],
)
def test_negations_are_claims_of_zero(text, language, category):
    assert figures(text, language) == [(category, "all", 0, None, None, "exact", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The 1992 census recorded 7,000 inhabitants in the town.",
        "Article 6 of the ICCPR protects the right to life; see page 12 and paragraph 4.",
        "The two-hour assault began at 5:30 after 44 days of siege in 1992.",
        "Children under 18 make up 40% of the population.",
        "Resolution 822 was adopted in 1993.",
    ],
)
def test_non_counts_give_no_claims(text):
    assert figures(text, "en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Between 80 and 120 people were killed.", "en"),
        ("Были убиты от 80 до 120 человек.", "ru"),
        ("80-120 nəfər həlak olub.", "az"),
        ("80 ilə 120 arasında insan öldürülüb.", "az"),
    ],
)
def test_ranges(text, language):
    assert figures(text, language) == [("killed", "all", None, 80, 120, "range", None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("613 were killed, of whom 106 were women.", "en"),
        ("613 were killed, 106 of them women.", "en"),
        ("Погибли 613 человек, из них 106 женщин.", "ru"),
        ("Погибли 613 человек, в том числе 106 женщин.", "ru"),
        ("613 nəfər həlak olub, onlardan 106-sı qadın olub.", "az"),
        ("613 nəfər həlak olub, o cümlədən 106 qadın.", "az"),
    ],
)
def test_parts_are_nested_under_their_whole(text, language):
    assert figures(text, language) == [
        ("killed", "all", 613, None, None, "exact", None),
        ("killed", "women", 106, None, None, "exact", 0),
    ]


def test_a_part_with_a_later_fate_keeps_its_own_category():
    text = "Of the 1,275 taken captive, some 150 remain missing."
    assert figures(text, "en") == [
        ("captured", "all", 1275, None, None, "exact", None),
        ("missing", "all", 150, None, None, "about", 0),
    ]


def test_a_new_figure_after_a_list_of_parts_is_not_a_part():
    # The 75 others are no part of the women: of the civilians struck, as the 40 are.
    text = "The attack killed 40 civilians, including 9 women, and injured 75 others."
    assert figures(text, "en") == [
        ("killed", "civilians", 40, None, None, "exact", None),
        ("killed", "women", 9, None, None, "exact", 0),
        ("injured", "civilians", 75, None, None, "exact", None),
    ]


def test_free_labels_and_property_kinds():
    text = "Three journalists were detained; 45 homes and 2 schools were destroyed."
    assert figures(text, "en") == [
        ("detained", "journalists", 3, None, None, "exact", None),
        ("property_destroyed", "homes", 45, None, None, "exact", None),
        ("property_destroyed", "schools", 2, None, None, "exact", None),
    ]


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        read_statement("text", "fr")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Eight of the 14 hostages have been freed.", "en"),
        ("Восемь из 14 заложников освобождены.", "ru"),
    ],
)
def test_the_verb_after_a_partitive_is_the_parts(text, language):
    assert figures(text, language) == [
        ("released", "all", 8, None, None, "exact", 1),
        ("captured", "all", 14, None, None, "exact", None),
    ]


def test_an_azerbaijani_partitive_names_the_whole_first():
    assert figures("14 girovdan 8-i azad edilib.", "az") == [
        ("captured", "all", 14, None, None, "exact", None),
        ("released", "all", 8, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Of those killed, 30 were women and 12 were children.", "en"),
        ("Среди убитых — 30 женщин и 12 детей.", "ru"),
    ],
)
def test_a_marker_that_names_the_category_gives_it_to_its_list(text, language):
    assert figures(text, language) == [
        ("killed", "women", 30, None, None, "exact", None),
        ("killed", "children", 12, None, None, "exact", None),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The fate of 40 abducted villagers remains unknown.", "en"),
        ("Судьба 40 похищенных сельчан по-прежнему неизвестна.", "ru"),
        ("40 nəfərin taleyi indiyədək məlum deyil.", "az"),
    ],
)
def test_a_fate_unknown_is_missing(text, language):
    assert figures(text, language) == [("missing", "all", 40, None, None, "exact", None)]


def test_an_azerbaijani_whole_takes_the_verb_after_its_parts():
    text = "Hücum zamanı 90 nəfər, o cümlədən 20 qadın və 15 uşaq qətlə yetirilib."
    assert figures(text, "az") == [
        ("killed", "all", 90, None, None, "exact", None),
        ("killed", "women", 20, None, None, "exact", 0),
        ("killed", "children", 15, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The commission held 12 hearings and interviewed 340 witnesses.", "en"),
        ("Some 2,000 troops and 40 tanks took part in the assault.", "en"),
        ("The victims were aged between 2 and 87.", "en"),
        ("He was one of 12 children in his family.", "en"),
        ("Возраст погибших — от 2 до 87 лет.", "ru"),
        ("Доклад содержит 86 страниц и 4 приложения.", "ru"),
        ("Həlak olanların yaşı 2 ilə 87 arasında olub.", "az"),
        ("1992-ci ildə şəhərin əhalisi təxminən 7 min nəfər idi.", "az"),
    ],
)
def test_numbers_beside_victims_that_are_not_counts_of_them(text, language):
    assert figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Floods kill 9 in river town. ARDEN, May 2 (Wire) - Nine people were killed, two of "
            "them children, when the river burst its banks.",
            "en",
            [
                ("killed", "all", 9, None, None, "exact", None),
                ("killed", "children", 2, None, None, "exact", 0),
            ],
        ),
        (
            "No one killed in blast. ARDEN, May 2 (Wire) - Police said no one was killed in the "
            "blast, and no one was injured.",
            "en",
            [
                ("killed", "all", 0, None, None, "exact", None),
                ("injured", "all", 0, None, None, "exact", None),
            ],
        ),
        (
            "В результате обстрела Заречья погибли 6 человек. ЗАРЕЧЬЕ, 4 мая — Шесть человек "
            "погибли и около двадцати ранены при обстреле рынка.",
            "ru",
            [
                ("killed", "all", 6, None, None, "exact", None),
                ("injured", "all", 20, None, None, "about", None),
            ],
        ),
        (
            "Bazarda partlayış: 5 nəfər həlak olub. Çaybasar, 4 may — Şəhər bazarında baş verən "
            "partlayış nəticəsində 5 nəfər həlak olub, onlardan ikisi uşaqdır.",
            "az",
            [
                ("killed", "all", 5, None, None, "exact", None),
                ("killed", "children", 2, None, None, "exact", 0),
            ],
        ),
    ],
)
def test_a_headline_figure_that_the_lead_restates_is_one_figure(text, language, expected):
    assert figures(text, language) == expected


def test_two_plain_sentences_with_the_same_count_count_two_events():
    text = "On Monday two people were killed in Arden. On Tuesday two people were killed in Belm."
    assert figures(text, "en") == [
        ("killed", "all", 2, None, None, "exact", None),
        ("killed", "all", 2, None, None, "exact", None),
    ]


def test_a_figure_that_comes_back_after_the_lead_is_another():
    text = (
        "Weekly summary. On Monday two people were killed in Arden. On Tuesday two people "
        "were killed in Belm."
    )
    assert figures(text, "en") == [
        ("killed", "all", 2, None, None, "exact", None),
        ("killed", "all", 2, None, None, "exact", None),
    ]
