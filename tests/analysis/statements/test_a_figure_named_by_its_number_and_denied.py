"""A figure named again by its number in apposition and rejected («Цифра 350 не
соответствует действительности», "The figure 350 is wrong") is the earlier figure of that
number, dropped with it, as «цифра в 350 человек» already was. A figure so named and
confirmed stands. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_the_figure_named_by_its_bare_number_and_rejected_is_dropped():
    text = (
        "Полиция сообщает о 120 задержанных. Активисты говорят о 350 задержанных. "
        "Цифра 350 не соответствует действительности."
    )
    assert claim_fields(text, "ru", FIELDS) == [("detained", 120)]


def test_near_miss_a_figure_so_named_and_confirmed_stands():
    text = (
        "Полиция сообщает о 120 задержанных. Активисты говорят о 350 задержанных. "
        "Цифра 350 подтверждается."
    )
    assert claim_fields(text, "ru", FIELDS) == [("detained", 120), ("detained", 350)]
