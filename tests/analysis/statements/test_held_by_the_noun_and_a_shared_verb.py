"""A count of persons held by what its noun says they are (hostages, captives, detainees)
joined to another count before a verb they share takes that verb: "12 hostages and 6 civilians
were released" counts 12 released. The dead and the wounded joined so are what befell them
already. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count"))


def test_azerbaijani_hostages_joined_to_civilians_before_a_release():
    text = "Danışıqlardan sonra 14 girov və 3 mülki şəxs azad edilib."
    assert _read(text, "az") == [("released", 14), ("released", 3)]


def test_english_hostages_joined_to_civilians_before_a_release():
    text = "After the talks, 14 hostages and 3 civilians were released."
    assert _read(text, "en") == [("released", 14), ("released", 3)]


def test_russian_hostages_joined_to_residents_before_a_release():
    text = "После переговоров 14 заложников и 3 жителя были освобождены."
    assert _read(text, "ru") == [("released", 14), ("released", 3)]


def test_near_miss_the_dead_joined_to_the_wounded_stay_dead():
    text = "Hücumdan sonra 5 ölü və 12 yaralı xəstəxanaya çatdırılıb."
    assert _read(text, "az") == [("killed", 5), ("injured", 12)]


def test_near_miss_hostages_with_a_verb_of_their_own_stay_held():
    text = "Kənddə 12 girov saxlanılır, 6 nəfər isə azad edilib."
    assert _read(text, "az") == [("captured", 12), ("released", 6)]
