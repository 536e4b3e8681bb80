"""A first-aid post ("tibb məntəqəsi", "feldşer-mama məntəqəsi") is a health facility, so a list
of buildings destroyed that names one is read whole; and families left without shelter
("sığınacaqsız qalıb") are displaced, as those left homeless are. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "qualifier"))


def test_a_list_of_buildings_with_first_aid_posts():
    text = "Bombardman nəticəsində 14 məktəb, 2 xəstəxana və 6 tibb məntəqəsi dağıdılıb."
    assert _read(text) == [
        ("property_destroyed", "schools", 14, "exact"),
        ("property_destroyed", "hospitals", 2, "exact"),
        ("property_destroyed", "health facilities", 6, "exact"),
    ]


def test_near_miss_a_first_aid_post_where_someone_was_treated():
    text = "Yaralılar 2 tibb məntəqəsində müalicə olunub."
    assert _read(text) == []


def test_families_left_without_shelter():
    text = "Daşqından sonra 3 minə yaxın ailə sığınacaqsız qalıb."
    assert _read(text) == [("displaced", "families", 3000, "about")]


def test_near_miss_a_shelter_that_was_hit_is_no_displacement():
    text = "Raket 2 sığınacağa dəyib."
    assert _read(text) == []
