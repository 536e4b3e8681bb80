"""Azerbaijani "daha" (more) may stand between a whole in the ablative and its part:
"yaralılardan daha ikisi vəfat edib" (two more of the injured died). They are more than were
said before, and still of that whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_more_of_the_injured_who_died():
    text = (
        "Bazarda baş verən partlayışda 11 nəfər yaralanıb. Gecə yaralananlardan daha üçü "
        "xəstəxanada dünyasını dəyişib."
    )
    assert _read(text) == [("injured", "all", 11, None), ("killed", "all", 3, 0)]


def test_near_miss_more_deaths_of_no_whole():
    text = "Səhər 6 nəfər həlak olub. Axşam daha iki nəfər ölüb."
    assert _read(text) == [("killed", "all", 6, None), ("killed", "all", 2, None)]


def test_more_of_them_after_the_pronoun():
    text = "Mina partlayışında 8 nəfər yaralanıb. Onlardan daha ikisi sonradan ölüb."
    assert _read(text) == [("injured", "all", 8, None), ("killed", "all", 2, 0)]
