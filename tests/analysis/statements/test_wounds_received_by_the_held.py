"""Russian: persons named by the participle of their detention («трое задержанных») who then
"received wounds" («получили ранения») are counted for the wounds; the participle only says
who they were."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _figures(text: str) -> list[tuple[str, int | None, int | None]]:
    claims = read_statement(text, "ru").to_dict()["claims"]
    return [(c["category"], c["count"], c["parent"]) for c in claims]


def test_the_detained_who_received_wounds_are_wounded():
    text = "Охрана задержала 14 рабочих. Пятеро задержанных получили ранения при побеге."
    assert _figures(text) == [("detained", 14, None), ("injured", 5, 0)]


def test_an_adjective_may_stand_before_the_wounds():
    text = "Шестеро арестованных получили тяжёлые ранения."
    assert _figures(text) == [("injured", 6, None)]


def test_the_detained_who_received_nothing_stay_detained():
    # Near miss: «получили» with no word of an act after it names no other fate.
    text = "Восемь задержанных получили повестки в суд."
    assert _figures(text) == [("detained", 8, None)]
