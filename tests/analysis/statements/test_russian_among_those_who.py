"""Russian «Среди тех, кого мы ждём, – 318 женщин»: the counts after a relative «those whom»
opened by «среди» are parts of the persons the clause describes: the latest figure of the act
it tells, or with none told, the persons counted just before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_those_awaited_are_the_persons_counted_before():
    text = (
        "В списках пропавших без вести значатся 1 900 человек. "
        "Среди тех, кого мы до сих пор ждём, – 205 женщин и 61 ребёнок."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("missing", "all", 1900, None),
        ("missing", "women", 205, 0),
        ("missing", "children", 61, 0),
    ]


def test_those_of_an_act_are_parts_of_its_figure():
    text = "Задержаны 200 человек, освобождены 150. Среди тех, кого задержали, – 12 журналистов."
    assert claim_fields(text, "ru", FIELDS)[-1] == ("detained", "journalists", 12, 0)


def test_near_miss_with_nothing_before_no_figure():
    assert claim_fields("Среди тех, кого мы ждём, – 205 женщин.", "ru", FIELDS) == []


def test_near_miss_a_number_only_cited_is_no_whole():
    text = (
        "Сегодня в списке пропавших значатся 1 900 человек. Год назад мы называли цифру 2 000. "
        "Среди тех, кого мы ждём, – 205 женщин."
    )
    assert claim_fields(text, "ru", FIELDS)[-1] == ("missing", "women", 205, 0)
