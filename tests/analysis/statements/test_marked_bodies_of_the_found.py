"""Russian bodies that bear marks of torture, counted bare after the bodies found («Подняты
останки 64 человек. На 22 телах видны следы пыток»), are a part of the found dead: Russian
has no article to say "of the bodies". Only when fewer than the found. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count", "parent"))


def test_marked_bodies_after_the_found_are_their_part():
    text = "Из ямы подняты останки 64 человек. У 22 тел врачи обнаружили следы пыток."
    assert _read(text) == [("found_dead", 64, None), ("tortured", 22, 0)]


def test_near_miss_more_marked_bodies_than_found_are_no_part():
    text = "Из ямы подняты останки 14 человек. На 22 телах обнаружены следы пыток."
    assert _read(text) == [("found_dead", 14, None), ("tortured", 22, None)]
