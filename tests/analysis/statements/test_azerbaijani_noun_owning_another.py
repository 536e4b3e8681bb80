"""After the counted noun, an Azerbaijani noun before a possessed noun ("polis əməliyyatı", a
police operation; izafet) starts a phrase of its own: "19 girov polis əməliyyatı nəticəsində
azad edilib" counts hostages freed by the police, not police officers. A two-word noun of
persons ("polis əməkdaşı") is still the persons. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_hostages_freed_by_a_police_raid():
    text = "Dəstə 30 nəfəri girov götürüb. 22 girov polis əməliyyatı zamanı azad edilib."
    assert _read(text) == [("captured", "all", 30, None), ("released", "all", 22, 0)]


def test_near_miss_police_officers_are_still_counted():
    text = "Partlayış nəticəsində 5 polis əməkdaşı yaralanıb."
    assert _read(text) == [("injured", "police officers", 5, None)]
