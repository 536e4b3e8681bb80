"""The simple past of the passive "buraxıldı" (were let go) is released, as "buraxılıb" and the
active "buraxdılar" are. "Heç biri buraxılmadı" (none was let go) is a release of no one, not of all. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_let_go_in_the_simple_past_of_the_passive_is_released():
    text = "Polis mitinqdə 14 nəfəri saxlayıb. Axşam onlardan altısı buraxıldı."
    assert _read(text) == [("detained", 14, None), ("released", 6, 0)]


def test_near_miss_not_let_go_releases_no_one():
    text = "Polis mitinqdə 14 nəfəri saxlayıb. Onlardan heç biri buraxılmadı."
    assert _read(text) == [("detained", 14, None), ("released", 0, 0)]
