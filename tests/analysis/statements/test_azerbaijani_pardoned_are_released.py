"""Azerbaijani "əfv olunmaq / edilmək" (pardoned), of prisoners, is how a head of state sets
them free, as Russian «помилованы» is: those pardoned are released, and "əfv olunanlar
arasında" (among those pardoned) names the released as the whole of a part. The decree of
pardon ("əfv sərəncamı") is no act on anyone. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_pardoned_prisoners_are_released():
    text = "Sərəncama əsasən 800 məhkum əfv edilib. Əfv olunanlardan 12-si qadındır."
    assert claim_fields(text, "az", FIELDS) == [
        ("released", "all", 800, None),
        ("released", "women", 12, 0),
    ]


def test_among_those_pardoned():
    text = (
        "Sərəncama əsasən 800 məhkum azadlığa buraxılıb. "
        "Əfv olunanlar arasında 12 nəfər, o cümlədən 3 jurnalist var."
    )
    assert claim_fields(text, "az", FIELDS)[1:] == [
        ("released", "all", 12, 0),
        ("released", "journalists", 3, 1),
    ]


def test_the_decree_of_pardon_releases_no_one_by_itself():
    # Near miss: "əfv sərəncamı" names the decree; the act is the verb after the count.
    text = "Prezidentin əfv sərəncamı ilə 14 nəfər barəsində cinayət işi açılıb."
    assert claim_fields(text, "az", FIELDS) == []
