"""An adverb that ends as an ablative ("sonradan", later) after a part ("Onlardan 30-u sonradan
azad edilib") is no whole the next count is taken from: "…, 12-si isə …" is another part of
the same whole, not a part of the thirty. A noun in the ablative after a count ("1 200
nəfərdən 150-si") still opens a part. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_later_is_no_whole():
    text = (
        "Dəstə 50 nəfəri girov götürüb. Girovlardan 30-u sonradan azad edilib, 12-si isə "
        "əsirlikdə ölüb."
    )
    assert _read(text) == [
        ("captured", "all", 50, None),
        ("released", "all", 30, 0),
        ("killed", "all", 12, 0),
    ]


def test_near_miss_a_count_in_the_ablative_is_a_whole():
    text = "Saxlanılan 200 nəfərdən 150-si azad edilib."
    assert _read(text) == [("detained", "all", 200, None), ("released", "all", 150, 0)]
