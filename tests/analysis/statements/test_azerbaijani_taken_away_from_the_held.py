"""Azerbaijani persons who disappeared by being taken away, with no whole of their own, were
taken from the persons held counted last before them (if those are no fewer), past what befell
some of the held in between. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_taken_to_an_unknown_place_from_the_held():
    text = (
        "Kənddən 80-ə yaxın kişi toplanaraq anbarda saxlanılıb. "
        "Bir həftə sonra 11 nəfər anbardan naməlum istiqamətə aparılıb."
    )
    assert _read(text) == [("detained", "men", 80, None), ("disappeared", "men", 11, 0)]


def test_past_a_fate_of_some_of_the_held():
    text = (
        "Biz 40-a yaxın qadınla birlikdə zirzəmidə saxlanıldıq. Ən azı 6 qadın ağır xəsarət "
        "alıb. Gecə 5 qadın zirzəmidən aparıldı və geri qayıtmadı."
    )
    assert ("disappeared", "women", 5, 0) in _read(text)


def test_near_miss_more_than_were_held():
    text = "Kənddə 8 kişi saxlanılıb. Bir həftə sonra 30 nəfər naməlum istiqamətə aparılıb."
    assert _read(text) == [("detained", "men", 8, None), ("disappeared", "all", 30, None)]
