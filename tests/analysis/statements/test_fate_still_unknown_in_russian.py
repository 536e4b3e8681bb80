"""An adverb of time («до сих пор», «по-прежнему», «пока») between a fate and its predicate;
a fate unknown after another part of the same whole is its next part (in English too)."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _figures(text: str) -> list[tuple[str, int | None, int | None]]:
    claims = read_statement(text, "ru").to_dict()["claims"]
    return [(c["category"], c["count"], c["parent"]) for c in claims]


def test_a_part_of_the_detained_whose_fate_is_still_unknown_disappeared():
    text = (
        "Патруль задержал у моста 40 человек; судьба двенадцати задержанных до сих пор не известна."
    )
    assert _figures(text) == [("detained", 40, None), ("disappeared", 12, 0)]


def test_the_adverb_may_be_po_prezhnemu_or_poka():
    first = "Отряд увёл в горы 25 заложников; судьба 9 из них по-прежнему не установлена."
    assert _figures(first) == [("captured", 25, None), ("missing", 9, 0)]
    assert _figures("Судьба ещё шестерых пастухов пока неизвестна.") == [("missing", 6, None)]


def test_an_unknown_that_is_no_fate_counts_nothing():
    assert _figures("До сих пор неизвестно, кто поджёг 3 склада у реки.") == []


def test_a_fate_unknown_after_another_part_is_the_next_part_of_the_whole():
    text = "Из 1 208 задержанных лиц 406 освобождены, судьба 89 остаётся неизвестной."
    # The fate of detainees kept unknown is a disappearance, in both languages
    # (test_fate_kept_after_detention, test_whereabouts_of_detainees).
    assert _figures(text) == [
        ("detained", 1208, None),
        ("released", 406, 0),
        ("disappeared", 89, 0),
    ]
    text = "Of the 1,208 persons detained, 406 have been released, the fate of 89 remains unknown."
    claims = read_statement(text, "en").to_dict()["claims"]
    assert [(c["category"], c["count"], c["parent"]) for c in claims] == [
        ("detained", 1208, None),
        ("released", 406, 0),
        ("disappeared", 89, 0),
    ]
