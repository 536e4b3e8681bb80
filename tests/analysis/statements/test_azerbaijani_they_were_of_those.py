"""Azerbaijani "both were of those seven" ("ikisi də o yeddi nəfərdən idi"): the persons just
counted are a part of the group counted before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_the_bodies_found_were_of_the_missing():
    text = (
        "Kənddən doqquz kişini apardılar. Onlardan altısından xəbər yox idi. Bir həftə sonra "
        "meşədə üç meyit tapıldı – üçü də o altı nəfərdən idi."
    )
    assert claim_fields(text, "az", FIELDS)[-1] == ("found_dead", 3, 1)


def test_of_another_place_is_no_part():
    # Near miss: "o kənddən deyildi" (they were not of that village) names no group counted.
    text = (
        "Kənddən altı kişini apardılar. Bir həftə sonra meşədə üç meyit tapıldı, onlar o "
        "kənddən deyildi."
    )
    assert claim_fields(text, "az", FIELDS)[-1] == ("found_dead", 3, None)
