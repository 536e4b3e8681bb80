"""Russian: persons who told someone of torture («сообщили адвокатам о пытках») report it
used on them, as without the one told («сообщили о пытках»)."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _figures(text: str) -> list[tuple[str, int | None, int | None]]:
    claims = read_statement(text, "ru").to_dict()["claims"]
    return [(c["category"], c["count"], c["parent"]) for c in claims]


def test_the_one_told_stands_between_the_verb_and_the_torture():
    text = "Полиция задержала 140 студентов. Не менее 19 из них сообщили адвокатам о пытках."
    assert _figures(text) == [("detained", 140, None), ("tortured", 19, 0)]


def test_torture_applied_to_them_told_to_a_monitor():
    text = "Тридцать два заключённых сообщили наблюдателям о применении к ним пыток."
    assert [c for c, _, _ in _figures(text)] == ["tortured"]


def test_other_news_told_is_no_torture():
    # Near miss: what they told is no act.
    text = "Пятеро задержанных сообщили адвокатам о переводе в другой изолятор."
    assert _figures(text) == [("detained", 5, None)]
