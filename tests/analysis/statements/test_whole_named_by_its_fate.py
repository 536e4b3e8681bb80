"""Russian: «из 70 раненых 14 — дети» — the wounded after a count are what it counted, not an
act whose object is the count after them; and a whole of the same count and fate as an
earlier figure («Ранены 70 человек. … Из 70 раненых …») is that figure named again."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _figures(text: str) -> list[tuple[str, str, int | None, int | None]]:
    claims = read_statement(text, "ru").to_dict()["claims"]
    return [(c["category"], c["subgroup"], c["count"], c["parent"]) for c in claims]


def test_the_wounded_of_a_whole_before_its_part():
    assert _figures("Из 35 раненых 6 — дети.") == [
        ("injured", "all", 35, None),
        ("injured", "children", 6, 0),
    ]


def test_a_whole_named_again_is_the_earlier_figure():
    text = "За месяц ранены 35 человек. Из 35 раненых 6 — дети."
    assert _figures(text) == [("injured", "all", 35, None), ("injured", "children", 6, 0)]


def test_a_whole_of_another_count_is_a_figure_of_its_own():
    # Near miss: 48 is not the 35 named before.
    text = "За неделю ранены 35 человек. Из 48 раненых за месяц 6 — дети."
    assert _figures(text) == [
        ("injured", "all", 35, None),
        ("injured", "all", 48, None),
        ("injured", "children", 6, 1),
    ]


def test_the_murder_of_a_count_is_still_its_act():
    assert _figures("Убийство 14 пленных осталось безнаказанным.") == [("killed", "all", 14, None)]
