"""A Russian zero whose persons a participle names, after the verb («не был освобождён ни один
задержанный»): the verb says the zero's act; the participle only names who. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "С начала переговоров не был освобождён ни один задержанный.",
        "Ни один задержанный не был освобождён.",
    ],
)
def test_the_zero_is_of_the_verb(text):
    assert claim_fields(text, "ru", FIELDS) == [("released", 0)]


def test_near_miss_a_zero_with_no_verb_keeps_what_its_noun_says():
    assert claim_fields("Задержанных нет.", "ru", FIELDS) == [("detained", 0)]
