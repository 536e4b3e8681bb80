"""Azerbaijani counts after a numeral in the bare singular ("7 məhkum", seven convicts): a
count of "məhkum" in a prison is a count of prisoners. With a light verb after it, "məhkum"
is the verb "to sentence" ("məhkum edilib", "məhkum olunub"), and names no one. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_convicts_who_died_in_a_prison():
    text = "Cəzaçəkmə müəssisəsində ötən il 5 məhkum vəfat edib."
    assert _read(text) == [("killed", "prisoners", 5)]


def test_convicts_beaten_in_a_colony():
    text = "Monitorinq qrupu koloniyada 11 məhkumun döyüldüyünü müəyyən edib."
    assert _read(text) == [("tortured", "prisoners", 11)]


def test_near_miss_sentenced_is_no_convict():
    text = "Aksiyada saxlanılan 6 jurnalist sonradan məhkum olunub."
    assert _read(text) == [("detained", "journalists", 6)]
