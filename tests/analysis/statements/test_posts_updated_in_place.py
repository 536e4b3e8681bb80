"""A running post updated in place: after a line that opens with «Обновление» a count of
the same act and group replaces the earlier one (and its parts); other figures stay."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _figures(text: str) -> list[tuple[str, int | None, int | None]]:
    claims = read_statement(text, "ru").to_dict()["claims"]
    return [(c["category"], c["count"], c["parent"]) for c in claims]


def test_an_update_replaces_the_earlier_count_and_its_parts():
    text = (
        "Ночью обстреляли окраину Верхнего Лога. Ранены 6 человек, из них двое детей. "
        "Погиб один человек.\n"
        "🔴 Обновление 09:30. Раненых уже девять, их везут в районную больницу."
    )
    assert _figures(text) == [("killed", 1, None), ("injured", 9, None)]


def test_a_vague_count_before_the_update_stays():
    text = "Есть десятки раненых.\nОбновление, 12:00. Ранены 18 человек."
    assert _figures(text) == [("injured", None, None), ("injured", 18, None)]


def test_without_an_update_both_counts_stand():
    # Near miss: a total and the count of one day, with no line of update between them.
    text = "С начала месяца ранены 40 человек. Только за вторник ранены 12 человек."
    assert _figures(text) == [("injured", 40, None), ("injured", 12, None)]
