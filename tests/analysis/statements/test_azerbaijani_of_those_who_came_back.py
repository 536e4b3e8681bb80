"""Those who came back ("Qayıdanlardan 4-ü …"), as the whole a part is taken from, are the
released counted before; with no released counted they are as often refugees come home, and
the part stands alone. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    claims = claim_fields(text, "az", ("category", "count", "parent"))
    return [(c, n, claims[p][1] if p is not None else None) for c, n, p in claims]


def test_a_part_of_those_who_came_back_is_of_the_released():
    text = "Dünənki mübadilədə 38 nəfər vətənə qaytarılıb. Qayıdanlardan 6-sı ağır yaralıdır."
    assert _read(text) == [("released", 38, None), ("injured", 6, 38)]


def test_those_who_came_back_are_the_released_not_the_taken():
    text = (
        "Silahlılar 12 nəfəri apardı. Sonra 5 nəfəri buraxdılar. Geri qayıdanlardan 2-si döyülüb."
    )
    assert _read(text) == [("captured", 12, None), ("released", 5, None), ("tortured", 2, 5)]


def test_near_miss_with_no_released_counted_the_part_stands_alone():
    text = "Silahlılar 12 nəfəri apardı. Qayıdanlardan 2-si döyülüb."
    assert _read(text) == [("captured", 12, None), ("tortured", 2, None)]


def test_near_miss_refugees_come_home_are_no_released():
    assert _read("Bu ay kəndə 300 nəfər qayıdıb. Qayıdanlardan 12-si uşaqdır.") == []
