"""Azerbaijani: persons waiting to cross ("keçidi gözləyir"), to be evacuated ("təxliyəni
gözləyir") or out in the open for it ("açıq havada gözləyir") are counted as displaced. They
have not left yet: "hazırda" (now) before them makes no rest of those counted as gone before.
A bridge or building owning the place they wait at ("körpünün o tayında") is no noun of
theirs. Waiting for news is no displacement. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "qualifier", "parent"))


def test_waiting_to_cross_past_the_place_of_a_bridge():
    text = "Sərhədə yaxın 200 sakin körpünün o tayında keçidi gözləyir."
    assert _read(text) == [("displaced", 200, "exact", None)]


def test_waiting_to_be_evacuated_is_no_rest_of_those_gone():
    text = (
        "Bölgəni 900 nəfər tərk edib. Həftənin əvvəlində bu rəqəm 600 idi. "
        "Konsulluqda hazırda 40-a yaxın həmyerlimiz təxliyəni gözləyir."
    )
    assert _read(text)[-1] == ("displaced", 40, "about", None)


def test_waiting_in_the_open():
    text = "Qeydiyyatdan keçməmiş 700 nəfərin məntəqənin yanında açıq havada gözlədiyi bildirilir."
    assert _read(text) == [("displaced", 700, "exact", None)]


def test_near_miss_waiting_for_news():
    text = "Ailələr 30 ildir ki, 40 itkin barədə xəbər gözləyir."
    assert [c for c in _read(text) if c[0] == "displaced"] == []
