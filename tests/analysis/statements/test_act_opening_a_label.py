"""A label that opens with the act and says where, when or in what after it, before the
colon of its count ("Killed in Varno: 4 children"): the count suffers the act, as after a
label that is the act alone ("Killed: 4 children"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier", "parent")


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("Killed in the raid on Varno: 4 children, 6 women.", "en", "killed"),
        ("Abducted near the Tarsk crossing last week: 4 children, 6 women.", "en", "captured"),
        ("Погибли при обстреле Лидска: 4 ребёнка, 6 женщин.", "ru", "killed"),
    ],
)
def test_the_count_after_the_colon_suffers_the_act(text: str, language: str, category: str):
    assert claim_fields(text, language, FIELDS) == [
        (category, "children", 4, "exact", None),
        (category, "women", 6, "exact", None),
    ]


def test_the_count_has_its_own_parts():
    text = "Задержаны в ходе шествия в Орске: 38 человек, из них 5 несовершеннолетних."
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "all", 38, "exact", None),
        ("detained", "children", 5, "exact", 0),
    ]


def test_near_miss_a_count_in_the_label_is_not_the_act_s():
    # The label counts villages; which of its numbers the act is said of, it does not say.
    assert claim_fields("Killed in 2 villages: 4 children.", "en", FIELDS) == []


def test_near_miss_the_act_does_not_open_the_label():
    text = "Funerals of the villagers killed in Varno: 4 priests led them."
    assert claim_fields(text, "en", FIELDS) == []


def test_near_miss_two_acts_in_the_label():
    # Which of the two the children suffered, the label does not say.
    assert claim_fields("Killed in Varno and wounded in Orsk: 4 children.", "en", FIELDS) == []


def test_an_entry_of_a_log_opens_with_its_time():
    text = "Журнал смены\n\n07:50 — Задержаны у вокзала в Орске: 14 человек, из них 3 женщины.\n"
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "all", 14, "exact", None),
        ("detained", "women", 3, "exact", 0),
    ]
