"""Russian names a victim's group by a service or a trait said after the head noun: ambulance
crews are medical workers («сотрудника скорой помощи»), women officers and officers of a
branch are police («сотрудницы транспортной полиции»), those of a march are protesters
(«участников шествия»), and a disability said after a home's name marks persons with
disabilities («подопечных интерната с инвалидностью»). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "При обстреле погибли три сотрудника скорой помощи.",
            [("killed", "medical workers", 3, None, None, "exact", None)],
        ),
        (
            "Ранены две сотрудницы полиции.",
            [("injured", "police officers", 2, None, None, "exact", None)],
        ),
        (
            "Ранены четыре сотрудника патрульной полиции.",
            [("injured", "police officers", 4, None, None, "exact", None)],
        ),
        (
            "Ранены 40 участников марша.",
            [("injured", "protesters", 40, None, None, "exact", None)],
        ),
        (
            "Ни один из участников демонстрации не погиб.",
            [("killed", "protesters", 0, None, None, "exact", None)],
        ),
        (
            "Пострадали шестеро пациентов больницы с инвалидностью.",
            [("injured", "persons with disabilities", 6, None, None, "exact", None)],
        ),
    ],
)
def test_the_group_is_named_by_its_service(text, claims):
    assert claim_fields(text, "ru") == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "При обстреле погибли три сотрудника гуманитарной миссии.",
            [("killed", "aid workers", 3, None, None, "exact", None)],
        ),
        (
            "Пострадали шестеро пациентов больницы.",
            [("injured", "all", 6, None, None, "exact", None)],
        ),
    ],
)
def test_staff_of_another_service_are_no_such_group(text, claims):
    assert claim_fields(text, "ru") == claims
