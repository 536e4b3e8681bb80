"""Russian «в заключении находятся 700 человек»: persons in prison, said with a verb of being,
are held (detained). «В заключении» is also a report's conclusion («в заключении комиссии
говорится о 40 погибших»): without a verb of being it holds no one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count", "qualifier"))


def test_persons_in_prison():
    text = "По подсчётам правозащитников, в заключении находятся свыше 700 человек."
    assert _read(text) == [("detained", 700, "at_least")]


def test_persons_still_in_prison_after_the_verb():
    text = "Остаются в заключении 23 активиста."
    assert _read(text) == [("detained", 23, "exact")]


def test_near_miss_a_commissions_conclusion():
    text = "В заключении комиссии говорится о 40 погибших."
    assert _read(text) == [("killed", 40, "exact")]
