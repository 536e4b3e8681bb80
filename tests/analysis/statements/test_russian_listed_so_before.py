"""«12 военнослужащих, числившихся пропавшими без вести»: a Russian past participle of being
listed says what the persons were counted as before; what befalls them now is the figure. The
present participle («числящихся») says what they still are. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_earlier_listing_is_no_figure():
    text = "Из плена вернулись 40 человек, среди них 9 военнослужащих, числившихся пропавшими без вести."
    assert claim_fields(text, "ru", FIELDS) == [
        ("released", "all", 40, None),
        ("released", "servicemen", 9, 0),
    ]


def test_near_miss_still_listed_is_the_figure():
    text = "Из 150 человек, числящихся пропавшими без вести, 21 – дети."
    assert claim_fields(text, "ru", FIELDS)[0] == ("missing", "all", 150, None)
