"""An adverb of time («до сих пор», «по-прежнему», «пока») between a fate and its predicate."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _figures(text: str) -> list[tuple[str, int | None, int | None]]:
    claims = read_statement(text, "ru").to_dict()["claims"]
    return [(c["category"], c["count"], c["parent"]) for c in claims]


def test_a_part_whose_fate_is_still_unknown_is_missing():
    text = (
        "Патруль задержал у моста 40 человек; судьба двенадцати задержанных до сих пор не известна."
    )
    assert _figures(text) == [("detained", 40, None), ("missing", 12, 0)]


def test_the_adverb_may_be_po_prezhnemu_or_poka():
    first = "Отряд увёл в горы 25 заложников; судьба 9 из них по-прежнему не установлена."
    assert _figures(first) == [("captured", 25, None), ("missing", 9, 0)]
    assert _figures("Судьба ещё шестерых пастухов пока неизвестна.") == [("missing", 6, None)]


def test_an_unknown_that_is_no_fate_counts_nothing():
    assert _figures("До сих пор неизвестно, кто поджёг 3 склада у реки.") == []
