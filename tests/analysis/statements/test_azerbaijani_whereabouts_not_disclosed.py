"""Azerbaijani "harada olduğu açıqlanmır" (where they are is not disclosed), "gizlədilir" (is
hidden): whereabouts kept from the families after persons were taken are a disappearance, as
"harada olduğu məlum deyil" is. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_whereabouts_not_disclosed():
    text = "Martın 2-də saxlanılmış yeddi fəalın harada olduğu hələ də açıqlanmır."
    assert _read(text) == [("disappeared", "all", 7)]


def test_whereabouts_hidden():
    text = "Ötən il həbs edilmiş 12 jurnalistin harada saxlanıldığı gizlədilir."
    assert _read(text) == [("disappeared", "journalists", 12)]


def test_near_miss_results_not_disclosed():
    # What is not disclosed is the inquiry's findings, not where anyone is.
    text = "Polis 12 fəalı saxlayıb. İstintaqın nəticələri hələ açıqlanmır."
    assert _read(text) == [("detained", "all", 12)]
