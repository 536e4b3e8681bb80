"""A Russian verb of saying left out before a dash («ещё 14 — что их избивали») after a figure
told by what its persons said («Девять задержанных рассказали, что их пытали током»): the act
of the clause after «что» is the count's own. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_another_report_after_a_dash_has_its_own_act():
    text = (
        "Полиция задержала 240 человек. Девять задержанных рассказали адвокатам, что их "
        "пытали током; ещё 14 — что их избивали дубинками."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", 240, None),
        ("tortured", 9, 0),
        ("tortured", 14, 0),
    ]


def test_a_dash_after_a_number_with_no_report_before_reads_no_act():
    """Near miss: nothing was reported before; «что» after the dash says no act of ours."""
    text = "Полиция задержала 240 человек; ещё 14 — что стало известно вечером."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 240, None)]
