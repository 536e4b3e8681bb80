"""Persons named by what befell them before («шестеро задержанных подверглись пыткам», «трое
пострадавших скончались», "iki saxlanılan işgəncəyə məruz qalıb") are a part of the figure
of that earlier fate, where the later one can follow it; not so for the missing, in English,
for two lower bounds or for a zero. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language", "part"),
    [
        ("На рынке в Заречье полиция задержала 25 торговцев. Позднее шестеро задержанных "
         "подверглись избиениям и пыткам.", "ru", ("tortured", "all", 6, 0)),
        ("После взрыва на вокзале ранения получили 48 человек. Ночью пятеро пострадавших "
         "скончались в реанимации.", "ru", ("killed", "all", 5, 0)),
        ("Боевики удерживали в ангаре 30 жителей хутора. Позже трое удерживаемых стариков "
         "были убиты.", "ru", ("killed", "elderly", 3, 0)),
        ("Polis mitinqdə 25 nəfəri saxlayıb. Sonradan altı saxlanılan işgəncəyə məruz qalıb.",
         "az", ("tortured", "all", 6, 0)),
    ],
)  # fmt: skip
def test_persons_named_by_an_earlier_fate_are_its_part(text, language, part):
    assert part in claim_fields(text, language, FIELDS)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Of the missing: those found are out of the count of the still missing.
        ("В картотеке розыска числятся 500 человек. За месяц 12 разыскиваемых найдены "
         "погибшими.", "ru"),
        # Two open tallies.
        ("Задержаны не менее 90 активистов. Более двадцати задержанных подверглись пыткам.",
         "ru"),
        # English names whoever is held by a plain noun.
        ("Guards held 25 men in the yard. Six detainees were tortured.", "en"),
    ],
)  # fmt: skip
def test_no_part_is_made(text, language):
    assert all(parent is None for *_, parent in claim_fields(text, language, FIELDS))


def test_a_fate_that_cannot_follow_makes_no_part():
    text = "Ранены 40 человек. Четверо пострадавших задержаны полицией."
    assert ("detained", "all", 4, None) in claim_fields(text, "ru", FIELDS)
