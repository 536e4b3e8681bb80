"""«на улице Гагарина, 41», «ул. Садовая, 12»: the digits after the comma that ends a street's
name are the house number, no count; a number with a noun of its own after the same comma still
counts. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "Из сгоревшего дома на улице Пушкина, 17 эвакуированы 38 жильцов.",
        "Из общежития на ул. Заводская, 9 эвакуированы 38 жильцов.",
        "После пожара в доме на проспекте Победы, 104 эвакуированы 38 жильцов.",
    ],
)
def test_the_house_number_is_no_count(text):
    assert claim_fields(text, "ru", ("category", "count")) == [("displaced", 38)]


def test_a_count_with_its_noun_after_the_street_still_counts():
    text = "На улице Пушкина, 17 человек получили ранения при обстреле."
    assert claim_fields(text, "ru", ("category", "count")) == [("injured", 17)]
