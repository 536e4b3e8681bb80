""" "heç bir" before a word that names nothing counted ("heç bir ittiham irəli sürülmədən",
without any charge; "heç bir səbəb göstərilmədən") is "any", neither a "none" nor the number
one; before a counted noun ("heç bir ev dağılmayıb", "heç bir jurnalist saxlanılmayıb") it is
still a "none". Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_any_charge_is_no_figure():
    text = (
        "Polis aksiyada 24 nəfəri saxlayıb. Onlardan 15-i heç bir ittiham irəli sürülmədən "
        "sərbəst buraxılıb."
    )
    assert _read(text) == [("detained", "all", 24, None), ("released", "all", 15, 0)]


def test_any_reason_is_no_figure():
    text = "Dünən 9 fəal saxlanılıb, onlardan 4-ü heç bir səbəb göstərilmədən azad edilib."
    assert _read(text) == [("detained", "all", 9, None), ("released", "all", 4, 0)]


def test_near_miss_none_of_a_counted_noun_stays():
    assert _read("Aksiya zamanı heç bir jurnalist saxlanılmayıb.") == [
        ("detained", "journalists", 0, None)
    ]
