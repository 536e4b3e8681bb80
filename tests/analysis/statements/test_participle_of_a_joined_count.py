"""Russian: a participle after a comma says who the persons of a count joined by «и» were
(«освобождены 12 мужчин и 5 женщин, похищенных в апреле»); their fate is the one the count
shares with the count before it."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _figures(text: str) -> list[tuple[str, str, int | None]]:
    claims = read_statement(text, "ru").to_dict()["claims"]
    return [(c["category"], c["subgroup"], c["count"]) for c in claims]


def test_the_joined_count_shares_the_verb_before():
    text = "Вчера освобождены 12 мужчин и 5 женщин, похищенных в апреле."
    assert _figures(text) == [("released", "men", 12), ("released", "women", 5)]


def test_the_dead_among_the_detained_are_dead():
    text = "Погибли двое пограничников и 4 рыбака, задержанных накануне."
    assert [(c, n) for c, _, n in _figures(text)] == [("killed", 2), ("killed", 4)]


def test_a_count_alone_takes_its_participle():
    # Near miss: no count before it to share a fate with; the participle is all it has.
    assert _figures("На рынке были 5 женщин, похищенных в апреле.") == [("captured", "women", 5)]
