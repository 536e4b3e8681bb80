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


def test_earlier_reports_all_fewer_than_the_toll_before_are_its_steps():
    # Counts reported earlier, each fewer than the toll the sentence before gives: the toll
    # rose through them, and they stand (the second gapped before the first's noun).
    text = (
        "Valilik bildirir ki, 24 nəfər həlak olub. Dünənki bülletendə 17, ilk xəbərlərdə "
        "isə 9 nəfərin həlak olduğu bildirilmişdi."
    )
    assert sorted(_read(text)) == [("killed", 9), ("killed", 17), ("killed", 24)]


def test_near_miss_an_earlier_report_of_more_is_corrected():
    text = "Valilik bildirir ki, 24 nəfər həlak olub. Səhər 30 nəfərin öldüyü bildirilmişdi."
    assert _read(text) == [("killed", 24)]


def test_near_miss_a_line_of_correction_replaces_the_number_it_gave():
    text = (
        "Ölənlərin sayı 6-ya çatıb. Xəstəxanaya 27 yaralı gətirilib. Düzəliş: əvvəlcə "
        "ölənlərin sayının 6 olduğu bildirilmişdi. Yeni məlumata görə, 5 nəfər ölüb."
    )
    assert _read(text) == [("injured", 27), ("killed", 5)]
