""" "Məcburi köçkün kimi qeydə alınan şəxslərin sayı ötən ayın sonundakı 3.480-dən 4.125-ə
yüksəlib": the count a number changed to counts what the count it changed from does, however
far the words that name it ("kimi", as) stand before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


def test_the_count_changed_to_is_counted_as_the_one_before():
    text = (
        "Məcburi köçkün kimi qeydə alınan şəxslərin sayı ötən ayın sonundakı 3.480-dən "
        "4.125-ə yüksəlib."
    )
    assert ("displaced", 4125) in _read(text)


def test_near_miss_a_later_count_of_another_kind_is_not_counted_as():
    text = (
        "Məcburi köçkün kimi qeydə alınan şəxslərin sayı ötən ayın sonundakı 3.480-dir, "
        "bu ay 14 məktəb bərpa edilib."
    )
    assert ("displaced", 14) not in _read(text)
