"""Azerbaijani "mübadilə nəticəsində … vətənə qayıdıb": home again by an exchange is a release
(the exchange says they were held); a homecoming alone is as often of refugees. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_home_again_by_an_exchange_is_released():
    text = "Mübadilə nəticəsində 31 əsgərimiz vətənə qayıdıb. Qayıdanlardan 4-ü yaralıdır."
    assert _read(text) == [("released", 31, None), ("injured", 4, 0)]


def test_by_way_of_an_exchange_to_the_native_land():
    text = "Bu gün mübadilə yolu ilə 18 həmvətənimiz doğma yurda dönüb."
    assert _read(text) == [("released", 18, None)]


def test_near_miss_refugees_home_again_are_no_release():
    text = "Atəşkəsdən sonra 300 qaçqın vətənə qayıdıb."
    assert _read(text) == []


def test_home_again_the_sentence_after_an_exchange_is_released():
    # The exchange is told in the sentence before: "keçirilib" (took place), then who came home.
    text = "Dünən sərhəddə növbəti mübadilə keçirilib. Vətənə 27 nəfər qayıdıb, onlardan 5-i yaralıdır."
    assert _read(text) == [("released", 27, None), ("injured", 5, 0)]


def test_near_miss_refugees_home_after_an_exchange_are_no_release():
    text = "Mübadilə barədə danışıqlar davam edir. Yay aylarında 300 qaçqın vətənə qayıdıb."
    assert _read(text) == []


def test_near_miss_home_again_two_sentences_after_an_exchange_is_no_release():
    text = "Mübadilə barədə danışıqlar davam edir. Sərhəd açılıb. Yayda 300 nəfər vətənə qayıdıb."
    assert _read(text) == []
