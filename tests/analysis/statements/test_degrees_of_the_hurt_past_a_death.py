"""«Доставлены 38 пострадавших. Один мужчина скончался. В тяжёлом состоянии находятся 9»:
a death told between leaves the hurt the latest count of the living, so those counted by a
degree of harm are a part of it; a sentence that opens by adding («Кроме того, …») counts
others. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")
_BEFORE = (
    "В больницы города доставлены 38 пострадавших. Ночью один мужчина скончался в реанимации. "
)


def test_a_degree_of_harm_past_a_death_is_a_part_of_the_hurt():
    text = _BEFORE + "В тяжёлом состоянии находятся 9 человек."
    assert claim_fields(text, "ru", FIELDS)[-1] == ("injured", 9, 0)


def test_near_miss_others_added():
    text = _BEFORE + "Кроме того, амбулаторную помощь получили 20 человек."
    assert claim_fields(text, "ru", FIELDS)[-1] == ("injured", 20, None)


def test_near_miss_others_added_in_azerbaijani():
    # "Bundan əlavə" (besides this) opens a sentence of others, as «Кроме того» does.
    text = "Xəstəxanaya 35 yaralı gətirilib. Bundan əlavə, 12 nəfər yüngül xəsarət alıb."
    assert claim_fields(text, "az", FIELDS)[-1] == ("injured", 12, None)


def test_further_news_adds_no_others_in_azerbaijani():
    # "Əlavə məlumata görə" (by further news): "əlavə" alone adds no persons.
    text = "Xəstəxanaya 35 yaralı gətirilib. Əlavə məlumata görə, 12 nəfər yüngül xəsarət alıb."
    assert claim_fields(text, "az", FIELDS)[-1] == ("injured", 12, 0)
