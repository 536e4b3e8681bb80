"""A group said of all the persons just counted, set off after them, is their subgroup
("nine more were seized, all of them soldiers", "all of them children", «все — женщины»,
"(hamısı qadındır)"); and the Azerbaijani active past of freeing with "et-" ("azad etdi",
"azad etmişdir") is a release. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Near the dam 9 more people were seized, all of them soldiers.",
            "en",
            ("captured", "servicemen", 9),
        ),
        (
            "The rebels freed four of the captives, all of them children.",
            "en",
            ("released", "children", 4),
        ),
        ("Six people, all women, were injured.", "en", ("injured", "women", 6)),
        ("Twelve people were detained, all of them students.", "en", ("detained", "students", 12)),
        ("Освобождены 12 человек, все — женщины.", "ru", ("released", "women", 12)),
        ("Задержаны 7 человек (все — студенты).", "ru", ("detained", "students", 7)),
        # The group with where they were from after it.
        ("Задержаны 7 человек, все студенты из Северска.", "ru", ("detained", "students", 7)),
        ("Seven people were detained, all women from the camp.", "en", ("detained", "women", 7)),
        ("Dünən 8 əsiri (hamısı qadındır) azad edib.", "az", ("released", "women", 8)),
        ("12 nəfər yaralanıb, hamısı uşaqdır.", "az", ("injured", "children", 12)),
    ],
)
def test_a_group_said_of_all_of_them_is_their_subgroup(text, language, expected):
    assert claim_fields(text, language, ("category", "subgroup", "count")) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people were detained, all of them in the north.",
        "Twelve people were detained, all civilians were told to stay home.",
        # Near miss: a word after the group that is no preposition of place.
        "Twelve people were detained, all women's shelters were closed.",
    ],
)
def test_all_without_a_group_said_of_them_changes_nothing(text):
    assert claim_fields(text, "en", ("category", "subgroup", "count")) == [("detained", "all", 12)]


@pytest.mark.parametrize(
    "text", ["Qarşı tərəf 5 əsiri azad etmişdir.", "Ötən ay qarşı tərəf 5 əsiri azad etdi."]
)
def test_the_azerbaijani_active_past_of_freeing_is_a_release(text):
    assert claim_fields(text, "az", ("category", "subgroup", "count")) == [("released", "all", 5)]
