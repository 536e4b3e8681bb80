"""«бежавших из посёлка»: persons named as those who fled their place are displaced, wherever
they shelter now (in the basements of other villages too); those who fled captivity escaped,
and are no figure. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_those_who_fled_are_displaced():
    text = "Около 5 тысяч бежавших из посёлка живут у родственников."
    assert claim_fields(text, "ru", ("category", "count", "qualifier")) == [
        ("displaced", 5000, "about")
    ]


def test_those_who_fled_sheltering_in_basements_elsewhere():
    text = (
        "В городе остаются около 2 000 жителей; ещё примерно 6 тысяч бежавших из города "
        "укрываются в подвалах соседних деревень."
    )
    assert claim_fields(text, "ru", ("category", "count")) == [("displaced", 6000)]


def test_residents_sheltering_in_their_own_basements_are_not():
    assert claim_fields("В подвалах домов укрываются около 200 жителей.", "ru") == []


def test_those_who_fled_captivity_escaped():
    assert claim_fields("Трое бежавших из плена солдат вернулись в часть.", "ru") == []
