"""An Azerbaijani number with the possessive ending and no marker before it, opening its
clause ("5 nəfər yaralanıb, ikisi xəstəxanaya yerləşdirilib"; "… öldü. İkisi qadın idi"), is
"two of them": a part of the persons counted just before, as after "onlardan". A number in
another case ("300-ə qədər nəfər") is no part, nor is a part of things ("3-ü dağıdılıb").
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_two_of_the_injured_in_hospital():
    text = "Partlayış nəticəsində 6 nəfər yaralanıb, 2-si xəstəxanaya yerləşdirilib."
    assert _read(text) == [("injured", "all", 6, None), ("injured", "all", 2, 0)]


def test_two_of_the_dead_were_women():
    text = "Atışmada dörd nəfər öldü. İkisi qadın idi."
    assert _read(text) == [("killed", "all", 4, None), ("killed", "women", 2, 0)]


def test_three_of_the_hostages_shot():
    text = "Dəstə 10 nəfəri girov götürüb, üçünü elə oradaca güllələyib."
    assert _read(text) == [("captured", "all", 10, None), ("killed", "all", 3, 0)]


def test_near_miss_a_number_in_the_dative_is_no_part():
    text = "Gecə 40 nəfər saxlanılıb. Səhər 50-yə qədər nəfər yaralanıb."
    assert _read(text) == [("detained", "all", 40, None), ("injured", "all", 50, None)]
