"""A figure the text rejects or finds unproven is no claim; a figure in another clause is."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


def counts(text: str, language: str) -> list[tuple[str, int | None]]:
    return [(c.category, c.count) for c in read_statement(text, language).claims]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The governor denied that 70 villagers had been detained.", "en"),
        ("Claims that 25 hostages were executed are false, the group said.", "en"),
        ("The tribunal was not satisfied that 40 killings had been proven.", "en"),
        ("Пресс-служба опровергла информацию о гибели 19 военнослужащих.", "ru"),
        ("Данные о том, что 60 человек были задержаны, не соответствуют действительности.", "ru"),
        ("Müdafiə Nazirliyi 15 hərbçinin həlak olması barədə xəbərləri təkzib edib.", "az"),
    ],
)
def test_a_rejected_figure_is_no_claim(text, language):
    assert counts(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        (
            "The court found no evidence that 20 were tortured, but found that 35 had been "
            "detained.",
            "en",
            ("detained", 35),
        ),
        (
            "Суд не нашёл доказательств того, что были убиты 50 человек, как утверждало "
            "обвинение, и признал доказанной гибель 14 жителей.",
            "ru",
            ("killed", 14),
        ),
        ("Сообщение о гибели людей не подтвердилось: ранены трое.", "ru", ("injured", 3)),
    ],
)
def test_a_figure_in_another_clause_stays(text, language, kept):
    assert counts(text, language) == [kept]


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        (
            "An earlier version of this report said 30 prisoners were freed. The ministry "
            "later put the number at 26.",
            "en",
            [],
        ),
        (
            "The toll was erroneously reported as 14 dead; the hospital says 11 people died.",
            "en",
            [("killed", 11)],
        ),
        (
            "Contrary to rumours that 40 students were arrested, no one was detained.",
            "en",
            [("detained", 0)],
        ),
        (
            "Contrary to videos shared online that showed 9 dead, two people were injured.",
            "en",
            [("injured", 2)],
        ),
        (
            "Nobody died at the dam, contrary to posts circulating online that claimed "
            '"12 dead at the dam".',
            "en",
            [("killed", 0)],
        ),
        # Near miss: posts the text does not contradict give their figure.
        ("According to posts circulating online, 9 people died.", "en", [("killed", 9)]),
        ("Ранее сообщалось о 8 раненых. Пострадали 10 человек.", "ru", [("injured", 10)]),
        (
            "В заметке ошибочно указано, что задержаны 40 студентов. Задержаны 25 студентов.",
            "ru",
            [("detained", 25)],
        ),
        (
            "В сводке ошибочно указывалось, что ранены 12 человек. Ранены девять человек.",
            "ru",
            [("injured", 9)],
        ),
        (
            # Near miss: said before, not said wrongly — both figures stand.
            "В сводке указывалось, что ранены 12 человек. Ранены ещё девять человек.",
            "ru",
            [("injured", 12), ("injured", 9)],
        ),
        (
            "Səhər yayılan xəbərdə 14 nəfərin yaralandığı bildirilmişdi. Yaralananların sayı "
            "10-dur.",
            "az",
            [("injured", 10)],
        ),
    ],
)
def test_a_figure_the_text_corrects_is_no_claim(text, language, kept):
    assert counts(text, language) == kept


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Activists say 90 villagers were detained. That is simply untrue.", "en"),
        ("Активисты говорят о 90 задержанных. Это не соответствует действительности.", "ru"),
        ("Fəallar 90 kəndlinin saxlanıldığını deyir. Bu, həqiqətə uyğun deyil.", "az"),
        ("The Appeals Chamber reversed the finding that he ordered the killing of 12 men.", "en"),
        ("The chamber held that the evidence of 300 deportations was insufficient.", "en"),
        ("Ведомство отвергает распространяемые в сети обвинения в гибели 40 пленных.", "ru"),
    ],
)
def test_a_figure_answered_with_a_denial_or_a_reversed_finding_is_no_claim(text, language):
    assert counts(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ранее сообщалось о 12 задержанных, теперь их число выросло до 20.", "ru"),
        ("Daha əvvəl 12 nəfərin saxlanıldığı bildirilmişdi, indi onların sayı 20-yə çatıb.", "az"),
    ],
)
def test_the_figure_that_replaces_a_corrected_one_after_now_stays(text, language):
    assert counts(text, language) == [("detained", 20)]


def test_a_denial_said_of_something_named_after_it_rejects_no_figure():
    text = "Police detained 12 people. This is not true of the students, who were released."
    assert counts(text, "en") == [("detained", 12)]


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        ("Слухи о 300 погибших в лагере ничем не подтверждаются.", "ru", []),
        (
            "Утверждения о «пятистах задержанных» материалами проверки не подтверждаются; "
            "задержаны 42 человека.",
            "ru",
            [("detained", 42)],
        ),
        (
            "Sosial şəbəkələrdə yayılan 200 nəfərin öldürülməsi barədə məlumat təsdiqlənmir.",
            "az",
            [],
        ),
        ("Bəzi saytlarda yazılan “300 əsir” rəqəmi rəsmi sənədlərlə təsdiq olunmur.", "az", []),
    ],
)
def test_a_figure_not_borne_out_in_the_present_tense_is_no_claim(text, language, kept):
    assert counts(text, language) == kept


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        (
            "Thirty detainees were freed on Monday. Asked about the earlier figure of 35, the "
            "minister said five names had been listed twice.",
            "en",
            [("released", 30)],
        ),
        (
            "Прежняя цифра в 52 задержанных оказалась ошибочной: задержаны 48 человек.",
            "ru",
            [("detained", 48)],
        ),
    ],
)
def test_a_figure_named_as_the_earlier_one_is_no_claim(text, language, kept):
    assert counts(text, language) == kept


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The army confirmed the deaths of 6 soldiers but denied that civilians were hit.", "en"),
        ("The army confirmed the deaths of 6 soldiers, but denied that civilians were hit.", "en"),
    ],
)
def test_a_denial_after_but_leaves_the_clause_before_it(text, language):
    assert counts(text, language) == [("killed", 6)]


def test_a_denial_before_but_still_denies_its_own_clause():
    text = "The governor denied that 70 people were detained but admitted 5 arrests."
    assert ("detained", 70) not in counts(text, "en")
