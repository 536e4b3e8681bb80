"""A reference written in one piece ("No. 7/204-31", «№ 3-118/25») is no count, any of its
numbers: the ones glued after the first by a slash or hyphen are read with it. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Note No. 7/204-31\nThe Ministry recalls the detention of the fishermen; 15 "
            "people were detained at sea this year.",
            "en",
            [("detained", 15)],
        ),
        (
            "Нота № 3-118/25\nМинистерство напоминает о задержании рыбаков: в этом году в море "
            "задержаны 15 человек.",
            "ru",
            [("detained", 15)],
        ),
        (
            "Nota № 7/204-31\nNazirlik balıqçıların saxlanılmasını xatırladır; bu il dənizdə "
            "15 nəfər saxlanılıb.",
            "az",
            [("detained", 15)],
        ),
    ],
)
def test_a_reference_in_one_piece_counts_no_one(text, language, expected):
    assert claim_fields(text, language, ("category", "count")) == expected


def test_a_range_glued_by_a_hyphen_still_counts():
    assert claim_fields(
        "Between 10-12 people were detained.", "en", ("count_low", "count_high")
    ) == [(10, 12)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Prisoner 14 died in custody.", "en", []),
        ("Hostage 4 was released on Monday.", "en", []),
        ("Witness 23 said that 12 men were shot.", "en", [("killed", 12)]),
        ("Заключённый № 14 скончался в СИЗО.", "ru", []),
        ("14 nömrəli məhbus həbsdə ölüb.", "az", []),
        # The plural counts: "witnesses", "hostages".
        ("Eleven hostages remain captive.", "en", [("captured", 11)]),
    ],
)
def test_a_person_named_by_a_number_is_no_count(text, language, expected):
    assert claim_fields(text, language, ("category", "count")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chamber found that the 12 victims named in Count 3 were murdered.", [("killed", 12)]),
        ("The accused pleaded guilty to Count 2, the murder of 14 civilians.", [("killed", 14)]),
        ("The charges in count 5 relate to 9 detainees who were tortured.", [("tortured", 9)]),
    ],
)
def test_a_count_of_an_indictment_is_no_count(text, expected):
    assert claim_fields(text, "en", ("category", "count")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The lawyers ask for the list of persons held under Decree 12/2025.",
        "Police detained people under Presidential Decree 47 on Monday.",
        "Those held under Ordinance 5 must be brought before a judge.",
    ],
)
def test_a_numbered_decree_counts_no_one(text):
    assert claim_fields(text, "en", ("category", "count")) == []
