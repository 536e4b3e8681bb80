""" "İtki yoxdur", "itki olmadığını": a side says it had no losses — none killed, as «жертв
нет»; "itkin" (missing) is another word. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_no_losses_said():
    text = "Müdafiə Nazirliyi bildirib ki, öz bölmələrində itki yoxdur."
    assert _read(text) == [("killed", "all", 0, None)]


def test_no_losses_reported_under_a_verb_of_saying():
    text = "Rayon icra hakimiyyəti atəş nəticəsində itki olmadığını açıqlayıb, 5 ev dağılıb."
    assert _read(text) == [("killed", "all", 0, None), ("property_destroyed", "homes", 5, None)]


def test_near_miss_losses_counted_without_a_number():
    assert _read("İtkilərin dəqiq sayı hələ də bilinmir.") == []


def test_near_miss_missing_is_no_loss():
    text = "Sel zamanı 4 nəfər itkin düşüb."
    assert _read(text) == [("missing", "all", 4, None)]
