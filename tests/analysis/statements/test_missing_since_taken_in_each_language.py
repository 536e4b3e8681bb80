"""One rule, three languages: a count of the missing said to be so since the persons were
taken, before or after the count in its sentence, has disappeared ("since their arrest",
«после задержания», "həbsdən sonra", "saxlanıldıqları gündən bəri"); missing since a storm,
or a taking told in another clause, stays missing. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Said before the count.
        ("Since their arrest in June, the fate of 8 teachers remains unknown.", "en",
         [("disappeared", 8)]),
        ("После задержания о судьбе шестерых фермеров ничего не известно.", "ru",
         [("disappeared", 6)]),
        ("Həbsdən sonra 4 müəllimin taleyi məlum deyil.", "az", [("disappeared", 4)]),
        ("Həbs edildikdən sonra 11 fəalın taleyi bilinmir.", "az", [("disappeared", 11)]),
        ("Saxlanıldıqları gündən bəri 7 tələbənin taleyi məlum deyil.", "az",
         [("disappeared", 7)]),
        ("Girov götürüldükdən sonra 3 sürücünün taleyi məlum deyil.", "az", [("disappeared", 3)]),
        # Said after it.
        ("The fate of 8 teachers remains unknown since their arrest in June.", "en",
         [("disappeared", 8)]),
        ("О судьбе шестерых фермеров ничего не известно с момента ареста.", "ru",
         [("disappeared", 6)]),
        ("12 nəfərin taleyi oğurlanmasından bəri məlum deyil.", "az", [("disappeared", 12)]),
    ],
)  # fmt: skip
def test_missing_since_taken(text: str, language: str, expected: list[tuple]) -> None:
    assert claim_fields(text, language, ("category", "count")) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Since the storm in June, the fate of 8 fishermen remains unknown.", "en",
         [("missing", 8)]),
        ("После шторма о судьбе шестерых рыбаков ничего не известно.", "ru", [("missing", 6)]),
        ("Fırtınadan sonra 4 balıqçının taleyi məlum deyil.", "az", [("missing", 4)]),
        # Fired upon ("atəşə tutulmasından") is no taking.
        ("Bərənin atəşə tutulmasından sonra 4 balıqçının taleyi məlum deyil.", "az",
         [("missing", 4)]),
        ("Əsirlikdən qayıtdıqdan sonra 4 əsgərin taleyi məlum deyil.", "az", [("missing", 4)]),
        # A taking told in the next clause is not theirs.
        ("Fırtınadan sonra 4 balıqçının taleyi məlum deyil; həbs olunanlar buraxılıb.", "az",
         [("missing", 4)]),
    ],
)  # fmt: skip
def test_near_miss_missing_since_something_else(
    text: str, language: str, expected: list[tuple]
) -> None:
    assert claim_fields(text, language, ("category", "count")) == expected


def test_near_miss_a_taking_on_the_line_before() -> None:
    text = "• 5 nəfər həbsdən sonra azad edilib\n• 4 balıqçının taleyi məlum deyil"
    assert ("missing", 4) in claim_fields(text, "az", ("category", "count"))
