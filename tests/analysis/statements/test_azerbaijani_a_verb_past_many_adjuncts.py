"""Azerbaijani ends the clause with its verb: when, during what, by whom and with what may
all stand between a count and it ("… iyulun 3-də yoxlama zamanı mühafizə xidmətinin
əməkdaşları tərəfindən rezin dəyənəklərlə döyülüb"), and the verb is still the count's. A
comma after a verb of its own still ends the count's reach. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_the_verb_after_when_by_whom_and_with_what():
    text = (
        "31 məhbus iyulun 3-də yoxlama zamanı mühafizə xidmətinin əməkdaşları "
        "tərəfindən rezin dəyənəklərlə döyülüb."
    )
    assert _read(text) == [("tortured", 31, None)]


def test_the_reported_verb_after_them():
    text = (
        "31 məhbus iyulun 3-də yoxlama zamanı mühafizə xidmətinin əməkdaşları "
        "tərəfindən rezin dəyənəklərlə döyüldüklərini bildirib."
    )
    assert _read(text) == [("tortured", 31, None)]


def test_near_miss_the_verb_after_a_comma_is_another_clauses():
    text = "31 nəfər saxlanılıb, iyulun 3-də yoxlama zamanı mühafizəçilər 2 nəfəri döyüb."
    assert _read(text)[0] == ("detained", 31, None)
