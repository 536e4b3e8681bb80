"""Russian names the counted things between dashes and goes on with the list past the
closing dash: «сгорели три церкви — Успенская, Покровская и Никольская — и 20 домов»."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _figures(text: str) -> list[tuple[str, str, int | None]]:
    claims = read_statement(text, "ru").to_dict()["claims"]
    return [(c["category"], c["subgroup"], c["count"]) for c in claims]


def test_the_list_goes_on_past_the_names():
    text = "При обстреле разрушены три церкви — Успенская, Покровская и Никольская — и 20 домов."
    assert _figures(text) == [
        ("property_destroyed", "places of worship", 3),
        ("property_destroyed", "homes", 20),
    ]


def test_a_count_past_the_names_with_a_verb_of_its_own_keeps_it():
    # Near miss: the persons after the aside are no item of the list of things destroyed.
    text = "Разрушены две церкви — Успенская и Никольская — и 40 жителей покинули село."
    assert _figures(text) == [
        ("property_destroyed", "places of worship", 2),
        ("displaced", "all", 40),
    ]
