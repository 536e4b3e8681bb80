"""«Известно о 14 задержанных, которых избили в автозаке»: persons named by the participle of
their detention, then a clause «, которых …» of what was done to them. The clause's fate is
the count's, and the participle names persons counted before, as «14 из задержанных» would:
the count is a part of the latest count of the detained. A clause that only says again that
they are held gives nothing new. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "clause",
    [
        "Адвокатам известно о 14 задержанных, которых избили в автозаке.",
        "Правозащитники знают о 14 задержанных, которых избивали в отделе.",
    ],
)
def test_the_clause_tells_what_befell_some_of_the_detained(clause):
    assert claim_fields(f"В городе задержаны 230 человек. {clause}", "ru") == [
        ("detained", "all", 230, None, None, "exact", None),
        ("tortured", "all", 14, None, None, "exact", 0),
    ]


def test_the_injuries_of_the_beaten_so_named_are_theirs():
    assert claim_fields(
        "В городе задержаны 230 человек. Адвокатам известно о 14 задержанных, которых "
        "избили в автозаке. У троих из них — переломы.",
        "ru",
    ) == [
        ("detained", "all", 230, None, None, "exact", None),
        ("tortured", "all", 14, None, None, "exact", 0),
        ("injured", "all", 3, None, None, "exact", 1),
    ]


def test_a_clause_that_only_says_they_are_held_gives_nothing_new():
    assert claim_fields("Нам известно о 14 задержанных, которых удерживают в подвале.", "ru") == [
        ("detained", "all", 14, None, None, "exact", None),
    ]
