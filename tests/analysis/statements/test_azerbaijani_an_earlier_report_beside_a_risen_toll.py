"""An Azerbaijani earlier report in the pluperfect ("… bildirilmişdi") beside a count its toll
rose to is the step before, in its sentence on either side of it or in the sentence just
before; said by mistake ("səhvən"), it is still a figure the text replaces. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


def test_an_earlier_report_before_the_risen_toll_in_its_sentence():
    text = "Səhər 4 nəfərin həlak olduğu bildirilmişdi, axşam bu rəqəm 9-a yüksəlib."
    assert _read(text) == [("killed", 4), ("killed", 9)]


def test_an_earlier_report_after_the_risen_toll_in_the_sentence_before():
    text = "Yaralıların sayı 31-ə yüksəlib. Əvvəl 20 nəfərin yaralandığı bildirilmişdi."
    assert _read(text) == [("injured", 31), ("injured", 20)]


def test_near_miss_a_report_said_by_mistake_is_replaced():
    text = (
        "Yaralıların sayı 31-ə yüksəlib. Əvvəlki xəbərdə səhvən 13 nəfərin öldüyü "
        "bildirilmişdi, düzgün rəqəm 12-dir."
    )
    assert _read(text) == [("injured", 31), ("killed", 12)]


def test_near_miss_an_earlier_report_with_no_toll_risen_is_replaced():
    text = "Əvvəl 20 nəfərin yaralandığı bildirilmişdi. Yaralıların sayı 17-dir."
    assert _read(text) == [("injured", 17)]
