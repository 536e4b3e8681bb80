"""Russian persons «в руках похитителей» / «в руках боевиков» are held by those who took them:
the captured, as «в плену» says (a state they are in, like captivity). Things in the hands of
fighters are nothing of ours. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count"))


def test_the_rest_still_in_the_hands_of_the_kidnappers():
    text = "Отпущены 16 заложников, ещё семеро остаются в руках похитителей."
    assert _read(text) == [("released", 16), ("captured", 7)]


def test_near_miss_weapons_in_the_hands_of_fighters():
    text = "В руках боевиков оказались 12 автомобилей."
    assert _read(text) == []
