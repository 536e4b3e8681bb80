"""A correction that gives the right figure replaces the latest figure before it of what it
counts ("The correct figure is nine", «по уточнённым данным», "dəqiqləşdirilmiş məlumata
əsasən"); a figure of another act stands; a demonstrative called false rejects the figure
before it ("That number is simply false"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Our report of 3 May said that 14 people died in the blaze. The correct figure, "
            "according to the fire service, is nine.",
            "en",
        ),
        (
            "В заметке от 3 мая сообщалось, что при пожаре погибли 14 человек. По уточнённым "
            "данным, погибли девять человек.",
            "ru",
        ),
    ],
)
def test_the_correct_figure_replaces_the_wrong_one(text, language):
    assert figures(text, language) == [("killed", 9)]


def test_a_correction_in_azerbaijani():
    text = (
        "Xəbərdə yanğında 14 nəfərin yaralandığı göstərilib. Dəqiqləşdirilmiş məlumata "
        "əsasən, yaralananların sayı 9 nəfərdir."
    )
    assert figures(text, "az") == [("injured", 9)]


def test_a_correction_leaves_a_figure_of_another_act():
    text = "Обстрел начался утром, ранены 5 человек. По уточнённым данным, погибли 3 человека."
    assert figures(text, "ru") == [("injured", 5), ("killed", 3)]


def test_a_number_called_false_is_no_claim():
    text = (
        "Police detained nearly 200 people. The opposition says 900 were detained. That "
        "number is simply false."
    )
    assert figures(text, "en") == [("detained", 200)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('"Nobody died, the rumours are false," he said.', "en"),
        ("«Никто не погиб, слухи о жертвах ложны», — сказал он.", "ru"),
        ('"Heç kim həlak olmayıb, yayılan xəbərlər yalandır", - deyə o vurğulayıb.', "az"),
    ],
)
def test_rumours_called_false_leave_the_figure_before_the_comma(text, language):
    assert figures(text, language) == [("killed", 0)]


def test_the_figure_the_rumours_give_is_rejected():
    text = "Twelve people died, the reports of 40 dead are false."
    assert figures(text, "en") == [("killed", 12)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police detained 61 people. The figure of 400 arrests circulating online is "
            "completely false.",
            "en",
        ),
        (
            "Задержан 61 человек. Цифру в 400 задержанных, которую называют блогеры, "
            "пресс-секретарь назвал вымыслом.",
            "ru",
        ),
        (
            "Полиция задержала 61 человека. Сообщения о 400 задержанных министр назвал «фейком».",
            "ru",
        ),
    ],
)
def test_a_figure_called_false_in_its_own_clause_is_no_claim(text, language):
    assert figures(text, language) == [("detained", 61)]


def test_a_killing_the_court_did_not_find_proven_is_no_claim():
    text = (
        "Суд установил, что убиты 9 жителей, но не признал доказанным, что в соседнем селе "
        "убиты ещё 14 человек."
    )
    assert figures(text, "ru") == [("killed", 9)]


def test_a_figure_misstated_is_no_claim():
    text = "Eight people were killed. The article also misstated the number of wounded as 14."
    assert figures(text, "en") == [("killed", 8)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Correction. Our report of 2 May said that 23 people died in the fire. According to "
            "the fire service, the number of dead is 21.",
            "en",
        ),
        (
            "Поправка. В заметке от 2 мая говорилось, что при пожаре погибли 23 человека. По "
            "данным пожарной службы, число погибших — 21.",
            "ru",
        ),
        (
            "Düzəliş. 2 may tarixli xəbərdə yanğında 23 nəfərin həlak olduğu bildirilir. Yanğın "
            "xidmətinin məlumatına görə, həlak olanların sayı 21 nəfərdir.",
            "az",
        ),
    ],
)
def test_a_correction_notice_replaces_the_figure_it_corrects(text, language):
    assert figures(text, language) == [("killed", 21)]


def test_outside_a_correction_notice_both_figures_stand():
    text = "Since March, 23 people have died in the camp. In May alone, 21 people died."
    assert figures(text, "en") == [("killed", 23), ("killed", 21)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The article also misstated the number of injured as 14; it was 41.", "en"),
        ("В заметке ошибочно указано число раненых — 14; на самом деле их 41.", "ru"),
    ],
)
def test_the_fact_after_a_figure_called_wrong_counts_what_it_counted(text, language):
    assert figures(text, language) == [("injured", 41)]


def test_it_was_after_no_rejected_figure_counts_nothing():
    assert figures("Eight people were killed; it was 31 degrees.", "en") == [("killed", 8)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "An earlier version of this report said 25 people were killed. The correct figure "
            "is 21.",
            "en",
            ("killed", "all", 21, None),
        ),
        (
            "The article misstated the number of wounded as 13. It was 31.",
            "en",
            ("injured", "all", 31, None),
        ),
        (
            "В предыдущей версии этой заметки говорилось о 25 погибших. Правильная цифра — 21.",
            "ru",
            ("killed", "all", 21, None),
        ),
        (
            "Ранее сообщалось о 25 раненых. Верная цифра — 21.",
            "ru",
            ("injured", "all", 21, None),
        ),
        (
            "Məqalənin əvvəlki versiyasında 25 nəfərin öldürüldüyü bildirilmişdi. Düzgün rəqəm "
            "21-dir.",
            "az",
            ("killed", "all", 21, None),
        ),
    ],
)
def test_the_right_figure_after_a_withdrawn_one_counts_what_it_counted(text, language, expected):
    fields = ("category", "subgroup", "count", "parent")
    assert claim_fields(text, language, fields) == [expected]


def test_the_right_figure_for_a_part_withdrawn_is_that_part():
    text = (
        "Sixty people were detained on Monday. An earlier version of this report said 25 of "
        "them were women. The correct figure is 21."
    )
    fields = ("category", "subgroup", "count", "parent")
    assert claim_fields(text, "en", fields) == [
        ("detained", "all", 60, None),
        ("detained", "women", 21, 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Two acts withdrawn: the bare right figure does not say which it counts.
        (
            "An earlier version of this report said 25 people were killed and 40 injured. "
            "The correct figure is 14.",
            "en",
        ),
        # A guess is no right figure.
        (
            "An earlier version of this report said 25 people were killed. The correct figure "
            "may be as high as 40.",
            "en",
        ),
    ],
)
def test_no_right_figure_is_read_where_the_text_does_not_give_one(text, language):
    assert figures(text, language) == []


def test_the_right_figure_after_a_dash_restates_the_standing_one():
    text = "В заметке сообщалось о 25 погибших. Правильная цифра — 21."
    assert figures(text, "ru") == [("killed", 21)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "An earlier version of this report said 25 people were killed. The correct figure "
            "is 21, including 4 children.",
            "en",
        ),
        ("Ранее сообщалось о 25 погибших. Правильная цифра — 21, из них 4 ребёнка.", "ru"),
        (
            "Məqalənin əvvəlki versiyasında 25 nəfərin öldürüldüyü bildirilmişdi. Düzgün rəqəm "
            "21-dir, onlardan 4-ü uşaqdır.",
            "az",
        ),
    ],
)
def test_the_right_figure_has_its_parts(text, language):
    fields = ("category", "subgroup", "count", "parent")
    assert claim_fields(text, language, fields) == [
        ("killed", "all", 21, None),
        ("killed", "children", 4, 0),
    ]
