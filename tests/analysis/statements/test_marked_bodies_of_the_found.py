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


def test_marked_bodies_after_deaths_in_custody_are_a_part_of_the_toll():
    text = "За год в следственных изоляторах умерли 73 человека. У 8 тел эксперты обнаружили следы побоев."
    assert _read(text) == [("killed", 73, None), ("tortured", 8, 0)]


def test_cases_whose_bodies_bore_marks_are_tortured_dead():
    text = (
        "В колониях края за год умерли 73 человека (годом ранее — 60). В девяти случаях "
        "патологоанатомы нашли на телах следы насилия."
    )
    assert _read(text) == [("killed", 73, None), ("killed", 60, None), ("tortured", 9, 0)]


def test_cases_told_of_the_bodies_of_the_dead():
    text = (
        "В колониях края умерли 73 человека. В девяти случаях на телах умерших нашли следы насилия."
    )
    assert _read(text) == [("killed", 73, None), ("tortured", 9, 0)]


def test_near_miss_cases_with_no_marks_on_bodies():
    text = "В колониях края умерли 73 человека. В девяти случаях родные не получили тела умерших."
    assert ("tortured", 9, 0) not in _read(text)
