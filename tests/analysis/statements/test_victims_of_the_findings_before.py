"""Russian: «Потерпевшими признаны 19 человек» after a sentence of findings that names the
act («… охранники избивали задержанных») counts victims of that act; with no act named in
the sentence before, the victims of a case are no figure."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _figures(text: str) -> list[tuple[str, str, int | None, int | None]]:
    claims = read_statement(text, "ru").to_dict()["claims"]
    return [(c["category"], c["subgroup"], c["count"], c["parent"]) for c in claims]


def test_the_victims_suffered_the_act_of_the_findings_before():
    text = (
        "Следствие установило, что конвоиры регулярно избивали арестантов. "
        "Потерпевшими по делу признаны 27 человек, в том числе 3 женщины."
    )
    assert _figures(text) == [
        ("tortured", "all", 27, None),
        ("tortured", "women", 3, 0),
    ]


def test_the_persons_named_by_their_custody_are_no_act():
    # Near miss: «содержавшихся под стражей» only says who the victims were.
    text = (
        "Дело касается событий в изоляторе, где находились содержавшиеся под стражей лица. "
        "Потерпевшими признаны 8 человек."
    )
    assert _figures(text) == []


def test_victims_with_no_act_named_are_no_figure():
    text = "Уголовное дело возбуждено в марте. Потерпевшими признаны 15 человек."
    assert _figures(text) == []
