"""Russian: the fate («судьба») or whereabouts («местонахождение») of persons detained, said
to be unknown, is an enforced disappearance; of persons taken by others, or of whom "nothing
is known", they stay missing."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _figures(text: str) -> list[tuple[str, int | None, int | None]]:
    claims = read_statement(text, "ru").to_dict()["claims"]
    return [(c["category"], c["count"], c["parent"]) for c in claims]


def test_the_fate_of_a_part_of_the_detained_unknown_is_a_disappearance():
    text = "Полиция задержала на площади 52 студента; судьба шестерых из них не установлена."
    assert _figures(text) == [("detained", 52, None), ("disappeared", 6, 0)]


def test_their_whereabouts_unknown_too():
    text = "Силовики задержали 15 рыбаков. Местонахождение троих из них неизвестно."
    assert _figures(text) == [("detained", 15, None), ("disappeared", 3, 0)]


def test_the_detained_whose_fate_is_the_subject_disappeared():
    text = (
        "Судьба не менее 70 человек, задержанных военными в горных сёлах в 2019 году, "
        "до сих пор не выяснена."
    )
    assert _figures(text) == [("disappeared", 70, None)]
    assert _figures("Судьба 9 арестованных по-прежнему неизвестна.") == [("disappeared", 9, None)]


def test_persons_taken_by_others_stay_missing():
    text = "Бандиты похитили 20 пастухов; судьба пятерых из них неизвестна."
    assert _figures(text) == [("captured", 20, None), ("missing", 5, 0)]


def test_nothing_known_of_the_detained_stays_missing():
    text = "Полиция задержала 11 водителей. О четверых из них ничего не известно."
    assert _figures(text) == [("detained", 11, None), ("missing", 4, 0)]
