"""Russian posts where something is received or handed out («пункты приёма», «пункты
обогрева») are places, not persons: a count of them near a word of an act is no figure. Places
named as settlements («населённые пункты») keep their own reading, and persons counted beside
the posts are still read. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count"))


def test_posts_after_a_word_of_the_missing_are_no_count():
    text = "Семьи пропавших могут оставить заявку в одном из 7 пунктов приёма."
    assert _read(text) == []


def test_near_miss_persons_in_temporary_accommodation_posts_are_read():
    text = "В 15 пунктах временного размещения живут 2 300 переселенцев."
    assert _read(text) == [("displaced", "all", 2300)]


def test_near_miss_settlements_destroyed_keep_their_reading():
    text = "Полностью разрушены 4 населённых пункта."
    assert _read(text) == [("property_destroyed", "settlements", 4)]
