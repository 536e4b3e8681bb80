"""Russian persons «вывезены / увезены в неизвестном направлении» disappeared, also with a
time or a place between the verb and «в неизвестном направлении»; «вывезены» alone is an
evacuation. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Судьба 17 рабочих, вывезенных в августе в неизвестном направлении, до сих пор "
            "не выяснена.",
            [("disappeared", "all", 17)],
        ),
        (
            "Ночью 12 жителей Заречного были увезены с блокпоста в неизвестном направлении.",
            [("disappeared", "all", 12)],
        ),
    ],
)
def test_taken_away_to_an_unknown_destination_disappeared(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_taken_out_with_no_unknown_destination_were_evacuated():
    # Near miss: taken out to a known shelter, an evacuation.
    text = "Из Заречного вывезены в августе 300 жителей, их разместили в школах."
    assert claim_fields(text, "ru", FIELDS) == [("displaced", "all", 300)]
