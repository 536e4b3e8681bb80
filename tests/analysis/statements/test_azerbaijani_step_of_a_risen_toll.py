"""An Azerbaijani report in the pluperfect ("… olduğu bildirilmişdi", had been reported)
after a toll that has risen since is the step before, which stands; without the rise it is
a figure the text replaces. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


def test_the_step_before_a_rise_stands():
    text = "Yaralıların sayı 64-ə yüksəlib; dünən 40 yaralı olduğu bildirilmişdi."
    assert _read(text) == [("injured", 64), ("injured", 40)]


def test_near_miss_a_replaced_report_with_no_rise():
    text = "Yaralıların sayı 34 nəfərdir; əvvəlcə 40 nəfərin yaralandığı bildirilmişdi."
    assert _read(text) == [("injured", 34)]
