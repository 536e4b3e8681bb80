"""A part counted by a number with the possessive ending ("onlardan 6-sı") is no whole when
an ablative follows it as a word of its own: that is a cause or a source ("xəstəlikdən",
from illness), and the part after the comma ("3-ü isə …") is its sibling. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_siblings_after_a_cause_in_the_ablative():
    text = "Düşərgədə 14 nəfər ölüb. Onlardan 10-u soyuqdan, 4-ü isə aclıqdan ölüb."
    assert _read(text) == [
        ("killed", "all", 14, None),
        ("killed", "all", 10, 0),
        ("killed", "all", 4, 0),
    ]


def test_siblings_in_words():
    text = "Yanğında 8 nəfər həlak olub: onlardan beşi tüstüdən, üçü isə yanıqlardan ölüb."
    assert _read(text) == [
        ("killed", "all", 8, None),
        ("killed", "all", 5, 0),
        ("killed", "all", 3, 0),
    ]


def test_near_miss_a_whole_in_the_ablative_still_opens_a_part():
    text = "Saxlanılan 60 nəfərdən 25-i sərbəst buraxılıb."
    assert _read(text) == [("detained", "all", 60, None), ("released", "all", 25, 0)]
