"""Azerbaijani corrections may give the right figure in the same sentence as the wrong one,
after a comma ("… səhvən 11 göstərilmişdi, düzgün rəqəm 16-dır", "… 11 göstərilmişdi,
yaralıların sayı 16-dır"): the rejection ends at that comma, and the right figure stands, with
the parts said of it after. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_right_figure_after_a_comma_stands():
    text = "Düzəliş: ölənlərin sayı səhvən 12 göstərilmişdi, düzgün rəqəm 10-dur."
    assert claim_fields(text, "az", FIELDS) == [("killed", "all", 10, None)]


def test_parts_after_the_right_figure_are_its_own():
    text = (
        "Düzəliş: yaralıların sayı səhvən 20 yazılmışdı, düzgün rəqəm 25-dir. "
        "Yaralılardan 8-i qadındır."
    )
    assert claim_fields(text, "az", FIELDS) == [
        ("injured", "all", 25, None),
        ("injured", "women", 8, 0),
    ]


def test_a_wrong_figure_with_no_correction_is_dropped_with_its_clause():
    # Near miss: no right figure follows the comma; the sentence's figure is the wrong one.
    text = "Yaralıların sayı səhvən 20 göstərilmişdi, bu barədə məlumat yenilənəcək."
    assert claim_fields(text, "az", FIELDS) == []


def test_a_comma_after_the_verb_that_gave_the_wrong_figure_ends_its_clause():
    text = (
        "10:00 — Hücumda 2 nəfər ölüb, 9 nəfər yaralanıb.\n"
        "11:30 — Düzəliş: əvvəlki yazıda yaralıların sayı 9 göstərilmişdi, xəstəxananın "
        "məlumatına görə yaralıların sayı 14-dür."
    )
    assert claim_fields(text, "az", FIELDS) == [
        ("killed", "all", 2, None),
        ("injured", "all", 14, None),
    ]
