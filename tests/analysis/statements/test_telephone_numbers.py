"""A telephone number written in groups joined by hyphens counts nobody; a range, with one
hyphen, still counts. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "В Ольшанске задержаны 14 человек; справки по номеру 8 800 321-65-87.",
            "ru",
        ),
        ("Relatives may call 8 800 321-65-87 for news of the 14 detained.", "en"),
        # Every group joined by a hyphen: the last two are no range either.
        ("В Ольшанске задержаны 14 человек; справки по номеру 8-800-321-65-87.", "ru"),
        ("Saxlanılan 14 nəfərin yaxınları (050) 417-22-90 nömrəsinə zəng edə bilər.", "az"),
        # The prefix before an area code in parentheses is no count of the detained.
        ("В Ольшанске задержаны 14 человек. Родственникам задержанных: 8 (495) 321-65-87.", "ru"),
        ("Police detained 14 people. Relatives of the detained: +1 (212) 555-0199-01.", "en"),
    ],
)
def test_the_telephone_number_is_no_figure(text, language):
    assert claim_fields(text, language, ("category", "count")) == [("detained", 14)]


def test_a_range_with_one_hyphen_still_counts():
    text = "Police detained 20-30 people near the Orvel depot."
    assert claim_fields(text, "en", ("category", "count_low", "count_high")) == [
        ("detained", 20, 30)
    ]


def test_near_miss_a_count_before_a_year_in_parentheses_still_counts():
    # A year in parentheses after a count is no area code: no telephone number follows it.
    text = "В Ольшанске пропали 8 (2024) человек."
    assert claim_fields(text, "ru", ("category", "count")) == [("missing", 8)]
