"""Russian: «Пятеро из них отпущены под залог, ещё двое — по решению суда» — «ещё» with a
dash for the verb left out is the next part of the same whole, with the same fate."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _figures(text: str) -> list[tuple[str, int | None, int | None]]:
    claims = read_statement(text, "ru").to_dict()["claims"]
    return [(c["category"], c["count"], c["parent"]) for c in claims]


def test_more_of_the_same_whole_shares_its_verb_and_whole():
    text = "Полиция задержала 30 студентов. Пятеро из них отпущены под залог, ещё двое — по решению суда."
    assert _figures(text) == [("detained", 30, None), ("released", 5, 0), ("released", 2, 0)]


def test_a_date_may_close_the_words_after_the_dash():
    text = (
        "Полиция задержала 30 студентов. Пятеро из них отпущены под залог, "
        "ещё двое — по решению суда 4 марта."
    )
    assert _figures(text)[-1] == ("released", 2, 0)


def test_without_more_a_bare_count_is_not_carried():
    # Near miss: no «ещё» — it may be the rest of the whole in another state.
    text = "Полиция задержала 30 студентов. Пятеро из них отпущены под залог, двое — в больнице."
    assert ("released", 2, 0) not in _figures(text)
