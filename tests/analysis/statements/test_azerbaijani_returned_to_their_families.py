"""After an Azerbaijani count complete with its ending ("12-si", "beşi": so many of them), a
plural noun in the possessive dative ("ailələrinə", "evlərinə") says where they went, not
what was counted: "onlardan 12-si ailələrinə qaytarılıb" are twelve returned. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_returned_to_their_families():
    text = "Silahlılar 25 nəfəri girov götürüb, onlardan 9-u bir həftə sonra ailələrinə qaytarılıb."
    assert _read(text) == [("captured", "all", 25, None), ("released", "all", 9, 0)]


def test_sent_back_to_their_homes():
    text = "Silahlılar 25 nəfəri girov götürüb, onlardan yeddisi evlərinə buraxılıb."
    assert _read(text) == [("captured", "all", 25, None), ("released", "all", 7, 0)]


def test_near_miss_the_part_named_in_the_nominative_is_counted():
    text = "Silahlılar 25 nəfəri girov götürüb, onlardan 9-u qadındır."
    assert _read(text) == [("captured", "all", 25, None), ("captured", "women", 9, 0)]
