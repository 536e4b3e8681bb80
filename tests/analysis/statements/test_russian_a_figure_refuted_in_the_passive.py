"""«но эта цифра оспаривается»: a figure rejected in the reflexive passive, the figure its
subject, is dropped as the active «эту цифру оспаривают» drops it. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_rejected_by_doctors():
    text = "При обстреле погибли 26 человек. Власти сообщили о 9 погибших, но эта цифра отвергается врачами."
    assert _read(text) == [("killed", "all", 26, None)]


def test_disputed():
    text = "Задержаны 70 человек. Полиция сообщила о 40 задержанных, но эта цифра оспаривается."
    assert _read(text) == [("detained", "all", 70, None)]
