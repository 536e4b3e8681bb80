"""Russian «все они» opening a clause that tells a fate takes up the persons counted just
before: where no act of ours was told of them, that fate is their figure. A count that has a
fate already keeps it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "Поиски восьмерых рыбаков продолжались неделю. Все они найдены погибшими.",
        "В горы ушли шесть туристов. Позже все они, к сожалению, найдены мёртвыми.",
    ],
)
def test_the_count_before_takes_the_fate(text):
    [(category, _count)] = claim_fields(text, "ru", FIELDS)
    assert category == "found_dead"


def test_near_miss_a_count_with_its_own_fate_keeps_it():
    text = "Задержаны 12 активистов, все они доставлены в отдел."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 12)]
