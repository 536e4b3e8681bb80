"""A Russian bare number taken «из них» right after papers counted in its sentence («поступило
2 480 жалоб …; 305 из них касались избиений») is a part of the papers, not of persons counted
in a sentence before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_of_complaints_is_no_part_of_the_detained():
    text = (
        "В ходе протестов задержаны 760 человек. За месяц в прокуратуру поступило 2 480 жалоб "
        "задержанных и их адвокатов; 305 из них касались избиений."
    )
    assert claim_fields(text, "ru", FIELDS) == [("detained", "all", 760, None)]


def test_a_part_of_persons_counted_between_stays():
    """Near miss: persons counted after the papers are the whole of the part."""
    text = "Поступило 120 заявлений о задержании 48 человек; 15 из них уже освобождены."
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "all", 48, None),
        ("released", "all", 15, 0),
    ]


def test_a_part_after_days_counted_stays_of_persons():
    """Near miss: days counted before the part are no papers."""
    text = "Погибли 146 человек за три дня; 121 из них — мирные жители."
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "all", 146, None),
        ("killed", "civilians", 121, 0),
    ]
