"""Azerbaijani "Stasionara yerləşdirilənlərdən 4 xəstə …" after "20 nəfər stasionara
yerləşdirilib": persons named by the participle of an earlier part's act, in the ablative
plural, are of that part, not of its whole; another act, or a count too big for the part,
leaves them where they were. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_CAME = "Xəstəxanaya 50 nəfər müraciət edib. "


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_of_the_part_named_by_its_act():
    text = (
        _CAME + "Müraciət edənlərdən 20 nəfər stasionara yerləşdirilib, qalanları evə buraxılıb. "
        "Stasionara yerləşdirilənlərdən 4 xəstə ağır vəziyyətdədir."
    )
    assert _read(text) == [("injured", 50, None), ("injured", 20, 0), ("injured", 4, 1)]


def test_near_miss_another_act():
    text = (
        _CAME + "Müraciət edənlərdən 20 nəfər evə buraxılıb. "
        "Stasionara yerləşdirilənlərdən 4 xəstə ağır vəziyyətdədir."
    )
    assert _read(text)[-1] == ("injured", 4, 0)


def test_near_miss_more_than_the_part():
    text = (
        _CAME + "Müraciət edənlərdən 20 nəfər stasionara yerləşdirilib. "
        "Stasionara yerləşdirilənlərdən 25 nəfər ağır vəziyyətdədir."
    )
    assert _read(text)[-1] == ("injured", 25, 0)


def test_near_miss_a_part_told_with_its_wholes_verb():
    text = (
        "Atışmada 60 nəfər, o cümlədən 15 qadın, yaralanmışdır. "
        "Yaralananlardan 9 nəfər ağır vəziyyətdədir."
    )
    assert _read(text)[-1] == ("injured", 9, 0)
