"""Russian persons driven or led away whose fate is then unknown disappeared: the participle
after their count («угнанных», «уведённых»), a territory out of the state's control they
were taken to («вывезенных на неподконтрольную территорию»), or the verb of taking in the
passive that opens their own clause («выведены 12 мужчин, их местонахождение неизвестно»).
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Судьба 24 мужчин, угнанных из деревни в ту ночь, до сих пор неизвестна.",
        "Судьба девяти подростков, уведённых солдатами, не установлена.",
        "Судьба 14 детей, вывезенных летом на неподконтрольную территорию, неизвестна.",
    ],
)
def test_fate_unknown_after_a_participle_of_taking(text):
    assert [c[0] for c in claim_fields(text, "ru", FIELDS)] == ["disappeared"]


def test_fate_unknown_after_the_taking_verb():
    text = "У моста из машин выведены 12 мужчин, их местонахождение неизвестно."
    assert claim_fields(text, "ru", FIELDS) == [("disappeared", "men", 12, None)]


def test_evacuated_whose_fate_is_unknown_stays_missing():
    """Near miss: persons taken to safety whose fate is not known are missing."""
    text = "Судьба 14 детей, вывезенных летом в безопасный район, неизвестна."
    assert claim_fields(text, "ru", FIELDS) == [("missing", "children", 14, None)]


def test_taken_by_armed_men_named_stays_missing():
    """Near miss: the active with the takers named («Боевики увели …») is no enforced
    disappearance; their captives of unknown fate stay missing."""
    text = "Боевики увели 12 мужчин, их местонахождение неизвестно."
    assert claim_fields(text, "ru", FIELDS) == [("missing", "men", 12, None)]


def test_missing_with_no_taking_stays_missing():
    """Near miss: a verb of no taking («выведены из строя» of things) before the count."""
    text = "После удара выведены из строя две подстанции, судьба 3 человек неизвестна."
    assert [c[0] for c in claim_fields(text, "ru", FIELDS)] == ["missing"]
