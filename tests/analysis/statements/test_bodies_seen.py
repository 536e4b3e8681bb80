"""Bodies a witness saw, or that lay somewhere, were found: "I saw at least ten bodies lying in
the street", «Я видел не меньше десяти тел на улице», "Küçədə ən azı on cəsəd gördüm". Persons
seen are counted by nothing of ours. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "qualifier", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I saw at least ten bodies lying in the street.", "en"),
        ("Я видел не меньше десяти тел на улице.", "ru"),
        ("Küçədə ən azı on cəsəd gördüm.", "az"),
    ],
)
def test_bodies_a_witness_saw_were_found_dead(text, language):
    assert _read(text, language) == [("found_dead", 10, "at_least", None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ten bodies were lying in the ravine.", "en"),
        ("В овраге лежали десять тел.", "ru"),
    ],
)
def test_bodies_lying_somewhere_were_found_dead(text, language):
    assert _read(text, language) == [("found_dead", 10, "exact", None)]


def test_bodies_a_witness_counted_were_found_dead():
    assert _read("Я сам пересчитал тела: 23.", "ru") == [("found_dead", 23, "exact", None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I saw 12 soldiers at the checkpoint.", "en"),
        ("Я видел 12 солдат на блокпосту.", "ru"),
        ("Postda 12 əsgər gördüm.", "az"),
    ],
)
def test_persons_seen_are_no_figure(text, language):
    assert _read(text, language) == []


def test_what_a_witness_saw_done_to_persons_is_that_act():
    assert _read("I saw 12 people being beaten.", "en") == [("tortured", 12, "exact", None)]
    assert _read("In the yard lay 4 wounded men.", "en") == [("injured", 4, "exact", None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I counted the bodies myself: 23.", "en"),
        ("I counted the bodies: 23.", "en"),
        ("Cəsədləri özüm saydım: 23.", "az"),
        ("Я сам пересчитал тела: 23.", "ru"),
    ],
)
def test_bodies_a_witness_counted_before_a_colon(text, language):
    assert _read(text, language) == [("found_dead", 23, "exact", None)]


def test_things_a_witness_counted_are_no_figure():
    assert _read("I counted the shells myself: 23.", "en") == []
